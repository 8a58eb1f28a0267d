// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeExtension } from '../../test/fake-extension';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { ExtensionContext } from '../ui/extension';
import { Options } from './Options';

const hint = {
  id: '0123abcd', label: 'Work', note: '', kind: 'project' as const, prefix: 'sk-proj-AbCd', last4: 'wxyz', length: 164,
  fingerprint: 'a'.repeat(64), salt: 'b'.repeat(32), createdAt: Date.UTC(2026, 10, 1),
};

async function open(stored: Partial<Settings> = { checkModeChosen: true }) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  const fake = fakeExtension({
    'settings/get': () => settings,
    'settings/set': (change) => (settings = { ...settings, ...change, checkModeChosen: settings.checkModeChosen || change.autoCheck !== undefined }),
    'hints/list': () => ({ hints: [hint] }),
    'sites/list': () => ({ sites: [{ origin: 'https://chat.example', mask: 'sk-proj-AbCd…wxyz', at: Date.UTC(2026, 10, 29) }] }),
  });
  await act(async () => {
    render(<ExtensionContext.Provider value={fake.api}><Options /></ExtensionContext.Provider>, document.body);
  });
  await act(() => new Promise((done) => setTimeout(done, 0)));
  return { ...fake, settings: () => settings };
}

beforeEach(() => render(null, document.body));

describe('the options page in a plain DOM', () => {
  it('shows the settings, the hints and the remembered sites as the worker gives them', async () => {
    await open();
    expect((document.querySelector('input[value="auto"]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('input[aria-label="Label of Work"]') as HTMLInputElement).value).toBe('Work');
    expect(document.querySelector('[data-hint="0123abcd"] code')?.textContent).toBe('sk-proj-AbCd…wxyz');
    expect(document.body.textContent).toContain('https://chat.example');
  });

  it('before the first-run question is answered, picks no answer and says Key Doctor asks first', async () => {
    await open({ checkModeChosen: false });
    expect(document.querySelectorAll('input[name="autoCheck"]:checked')).toHaveLength(0);
    expect(document.body.textContent).toContain('You have not chosen yet: until you do, Key Doctor asks before each check.');
    await act(async () => {
      (document.querySelector('input[value="auto"]') as HTMLInputElement).click();
    });
    expect((document.querySelector('input[value="auto"]') as HTMLInputElement).checked).toBe(true);
    expect(document.body.textContent).not.toContain('You have not chosen yet');
  });

  it('saves a changed setting through the worker and says so', async () => {
    const { asked, settings } = await open();
    await act(async () => {
      (document.querySelector('input[value="never"]') as HTMLInputElement).click();
    });
    expect(asked).toContainEqual({ type: 'settings/set', payload: { autoCheck: 'never' } });
    expect(settings().autoCheck).toBe('never');
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });
});
