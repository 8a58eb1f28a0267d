// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeExtension } from '../../test/fake-extension';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { ExtensionContext } from '../ui/extension';
import { Welcome } from './Welcome';

async function open(hostAccess = true) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const fake = fakeExtension({
    'settings/get': () => settings,
    'settings/set': (change) => (settings = { ...settings, ...change, checkModeChosen: true }),
  }, undefined, { hostAccess });
  await act(async () => {
    render(<ExtensionContext.Provider value={fake.api}><Welcome /></ExtensionContext.Provider>, document.body);
  });
  await act(() => new Promise((done) => setTimeout(done, 0)));
  return fake;
}

const submit = () => act(async () => {
  (document.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  await new Promise((done) => setTimeout(done, 0));
});

beforeEach(() => render(null, document.body));

describe('the welcome page in a plain DOM', () => {
  it('asks the question with no answer picked, and saves nothing without one', async () => {
    const { asked } = await open();
    expect(document.querySelectorAll('input[name="autoCheck"]:checked')).toHaveLength(0);
    await submit();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Choose one of the three answers first.');
    expect(asked.filter((a) => a.type === 'settings/set')).toEqual([]);
  });

  it('saves the answer picked, says what it means and moves focus there', async () => {
    const { asked } = await open();
    await act(async () => (document.querySelector('input[value="ask"]') as HTMLInputElement).click());
    await submit();
    expect(asked).toContainEqual({ type: 'settings/set', payload: { autoCheck: 'ask' } });
    expect(document.activeElement?.id).toBe('answered');
    expect(document.activeElement?.textContent).toBe('Saved. Key Doctor will offer each check and send nothing until you click.');
  });

  it('says when access to websites is missing, before anything else', async () => {
    await open(false);
    expect(document.querySelector('main > section h2')?.textContent).toBe('Key Doctor cannot see websites');
  });
});
