import { english } from '../../../test/words';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/keys';
import { answers, openaiEcho } from '../../../test/openai-bodies';
import { makeHint } from '../hints/hint';
import { diagnose } from '../key';
import { classifyAnswer } from '../verify/classify-answer';
import { type EvidenceFacts, judgeEvidence, maskParts, withPageEvidence } from './judge';
import { readPageText } from './page-text';

const SALT = '0123456789abcdef0123456789abcdef';
const [pasted, old] = [keys.project164(), keys.project164()];
const live = classifyAnswer({ kind: 'response', status: 200, headers: {}, body: answers.live().body });
const shown = (text: string) => {
  const evidence = readPageText(text);
  if (!evidence) throw new Error(`not read: ${text}`);
  return evidence;
};
const facts = (text: string, more: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
  evidence: shown(text), pasted: diagnose(pasted).report, hints: [], site: undefined, verdict: null, now: 1_000_000, ...more,
});
const invalid = (key: string) => `Incorrect API key provided: ${openaiEcho(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`;

describe('judgeEvidence: what the page’s error says about the key the app really sends', () => {
  it('an echo of another key: the app still sends an old one, named by both masks', () => {
    const [finding] = judgeEvidence(facts(invalid(old)));
    expect(finding).toMatchObject({ code: 'app_sends_other_key', severity: 'error' });
    expect(english(finding?.message)).toContain(`(${old.slice(0, 8)}…${old.slice(-4)}, 164 characters), not the one you pasted (${pasted.slice(0, 12)}…${pasted.slice(-4)})`);
  });

  it('names whose the old key is: the key pasted on this site before, and a hint in a finding of its own (the popup’s)', () => {
    const hint = makeHint(old, diagnose(old).report, SALT, 'Old laptop key', 'h1', 0);
    const [sends, whose] = judgeEvidence(facts(invalid(old), { hints: [hint] }));
    expect(english(sends?.message)).not.toContain('Old laptop key');
    expect(whose?.code).toBe('echo_is_hint');
    expect(english(whose?.message)).toBe('The key the app sends is your key “Old laptop key”.');
    const site = { fingerprint: 'f'.repeat(64), mask: diagnose(pasted).report.mask, at: 999_000, previous: { mask: diagnose(old).report.mask, at: 1_000_000 - 3 * 3_600_000 } };
    expect(english(judgeEvidence(facts(invalid(old), { site }))[0]?.message)).toContain('— the key you pasted on this site 3 hours ago');
  });

  it('an echo of this key: the app sends it; with OpenAI accepting it, something on the way changes it', () => {
    expect(judgeEvidence(facts(invalid(pasted)))[0]?.code).toBe('app_sent_this_key');
    expect(english(judgeEvidence(facts(invalid(pasted)))[0]?.message)).toBe('The app sent this key, and OpenAI told it the key is wrong.');
    expect(english(judgeEvidence(facts(invalid(pasted), { verdict: live }))[0]?.message)).toContain('yet OpenAI accepts the key when Key Doctor asks');
  });

  it('an echo of a mask: the app sent the mask, not a key', () => {
    expect(judgeEvidence(facts(`Incorrect API key provided: sk-…${pasted.slice(-4)}.`))[0]).toMatchObject({ code: 'app_sent_mask', severity: 'error' });
  });

  it('the site’s own refusal: a warning until OpenAI answers, then the contradiction named', () => {
    expect(judgeEvidence(facts('Invalid API key format.'))[0]).toMatchObject({ code: 'site_refused_key', severity: 'warning' });
    const [named] = judgeEvidence(facts('Invalid API key format.', { verdict: live }));
    expect(named).toMatchObject({ code: 'site_refused_key', severity: 'error' });
    expect(english(named?.message)).toContain('but OpenAI accepts this key: the key is fine, the site’s own check is out of date.');
  });

  it('other errors point at their layer', () => {
    const codes = [answers.noCredit(), answers.modelNotFound(), answers.organizationNotVerified(), answers.incorrectHostname(), answers.mismatchedOrganization(), answers.mismatchedProject(), answers.missingBearer()]
      .map((answer) => judgeEvidence(facts((JSON.parse(answer.body) as { error: { message: string } }).error.message))[0]?.code);
    expect(codes).toEqual(['app_quota', 'app_model_access', 'app_verification', 'app_regional_host', 'app_organization', 'app_project', 'app_no_key']);
  });
});

describe('withPageEvidence', () => {
  it('puts the evidence after what the site did with the paste and before the rest, replacing earlier evidence', () => {
    const report = diagnose(pasted).report;
    const first = withPageEvidence(report, judgeEvidence(facts(invalid(old))));
    expect(first.findings[0]?.code).toBe('app_sends_other_key');
    const again = withPageEvidence(first, judgeEvidence(facts(invalid(pasted))));
    expect(again.findings.map((f) => f.code)).not.toContain('app_sends_other_key');
    expect(again.findings.map((f) => f.code)).toContain('app_sent_this_key');
  });

  it('reads a mask back into its visible start and last four', () => {
    expect(maskParts('sk-proj-AbCd…wxyz', 164)).toEqual({ head: 'sk-proj-AbCd', last4: 'wxyz', length: 164 });
    expect(maskParts('sk-… (9 characters)', 9)).toBeNull();
  });
});
