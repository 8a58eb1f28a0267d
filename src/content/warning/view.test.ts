import { said } from '../../core/said';
// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { keys } from '../../../test/keys';
import { answers } from '../../../test/openai-bodies';
import { diagnose } from '../../core/key';
import { classifyAnswer } from '../../core/verify/classify-answer';
import { hasContent } from './has-content';
import { renderWarning } from './view';

const clean = diagnose(keys.project164()).report;
const quoted = diagnose(`"${keys.project164()}"`).report;
const verdict = (answer: { status: number; body: string }) => classifyAnswer({ kind: 'response', status: answer.status, headers: {}, body: answer.body });
const render = (content: Omit<Parameters<typeof renderWarning>[0], 'onDismiss'>) => renderWarning({ ...content, onDismiss: vi.fn() });

describe('the inline warning’s view', () => {
  it('has nothing to show for a clean key that is not being checked', () => {
    expect(hasContent({ report: clean })).toBe(false);
    expect(hasContent({ report: quoted })).toBe(true);
    expect(hasContent({ report: clean, verification: { state: 'checking' } })).toBe(true);
  });

  it('names what is wrong, how to fix it, and shows the cleaned key only masked', () => {
    const card = render({ report: quoted });
    expect(card.getAttribute('role')).toBe('alert');
    expect(card.textContent).toContain('This key won’t work as pasted');
    expect(card.textContent).toContain('wrapped in quotes');
    expect(card.querySelector('code')?.textContent).toBe(quoted.mask);
  });

  it('says it is checking, busy, and then what OpenAI said with the evidence', () => {
    const checking = render({ report: clean, verification: { state: 'checking' } });
    expect(checking.ariaBusy).toBe('true');
    expect(checking.textContent).toContain('Checking this key with OpenAI…');
    const done = render({ report: clean, verification: { state: 'done', result: { verdict: verdict(answers.invalid(keys.project164())), cached: false, notes: [[said('credit_note_none')]] } } });
    expect(done.getAttribute('role')).toBe('alert');
    expect(done.textContent).toContain('OpenAI rejected this key');
    expect(done.textContent).toContain('HTTP 401 · invalid_api_key');
    expect(done.textContent).toContain('Credit: none.');
  });

  it('hands a click on “Check with OpenAI” to the card, which judges whether a person made it', () => {
    const onCheck = vi.fn();
    const card = render({ report: clean, verification: { state: 'offer', onCheck } });
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Check with OpenAI') as HTMLButtonElement;
    const click = new MouseEvent('click', { bubbles: true });
    button.dispatchEvent(click);
    expect(onCheck).toHaveBeenCalledWith(click);
  });

  it('puts text from elsewhere in text nodes only', () => {
    const hostile = { ...clean, worst: 'error' as const, findings: [{ code: 'truncated' as const, severity: 'error' as const, scope: 'key' as const, message: said('f_hint_match', { label: '<img src=x onerror=alert(1)>' }) }] };
    const card = render({ report: hostile });
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
