import { type Finding, make } from '../key/findings';
import type { MessageKey } from '../catalogs/en';
import { OPENAI_PAGES, shown } from '../openai-pages';
import { said } from '../said';
import type { SettingReading } from './readings';

/**
 * Models OpenAI lists for a key but that need more than the key (openai-facts.md §7, 2025–2026):
 * a verified organization, or the Responses API. `/v1/models` lists them anyway, and only a
 * billable call with valid parameters would tell — so Key Doctor says what it cannot check.
 */
interface ModelRule {
  pattern: RegExp;
  needs: 'verification' | 'responses';
  /** What the verification is needed for. */
  what?: MessageKey;
}

const MODEL_RULES: readonly ModelRule[] = [
  { pattern: /^o3(?:-\d{4}-\d{2}-\d{2})?$/, needs: 'verification', what: 'model_needs_to_use_and_stream' },
  { pattern: /^gpt-5(?:$|[.-])/, needs: 'verification', what: 'model_needs_to_stream_and_summarise' },
  { pattern: /^gpt-image-1(?:$|[.-])/, needs: 'verification', what: 'model_needs_to_use' },
  { pattern: /^(?:o1-pro|o3-pro|o3-deep-research|o4-mini-deep-research)(?:$|-)/, needs: 'responses' },
];

export const ruleForModel = (model: string) => MODEL_RULES.find((rule) => rule.pattern.test(model));

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j] ?? 0;
      row[j] = Math.min(kept + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length] ?? 0;
}

/** The listed chat models nearest to `wanted`: same family first, then the same maker's, then fewest edits; aliases, not dated snapshots. */
const tokens = (id: string) => id.split(/[-.]/);

export function nearestModels(wanted: string, available: readonly string[], count = 3): string[] {
  const kinship = (id: string) => {
    const [a = '', b = ''] = tokens(id);
    const [c = '', d = ''] = tokens(wanted);
    return a === c && b === d ? 0 : a === c ? 50 : 100;
  };
  return available
    .filter((id) => !/embedding|whisper|tts|dall-e|moderation|transcribe|realtime|audio|search|computer-use|codex|-\d{4}-\d{2}-\d{2}$/.test(id) && ruleForModel(id)?.needs !== 'responses')
    .map((id) => ({ id, score: kinship(id) + editDistance(id.slice(0, 40), wanted.slice(0, 40)) }))
    .toSorted((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

const VERIFY_PAGE = shown(OPENAI_PAGES.organization);

/** What the app's chosen model will meet, from the key's own `/v1/models` list (null when there is none yet). */
export function judgeModel(model: SettingReading | undefined, available: readonly string[] | null): Finding[] {
  const wanted = model?.value;
  if (!model || !wanted) return [];
  const field = model.label || said('setup_field_model');
  const found: Finding[] = [];
  if (available && !available.includes(wanted)) {
    const near = nearestModels(wanted, available);
    const message = near.length ? said('model_unavailable_near', { model: wanted, near: near.join(', ') }) : said('model_unavailable', { model: wanted });
    found.push(make('model_unavailable', 'error', 'setup', message, said('model_unavailable_fix', { field, model: wanted, page: shown(OPENAI_PAGES.projects) })));
  }
  const rule = ruleForModel(wanted);
  if (rule?.needs === 'verification') {
    found.push(make('model_gated', 'warning', 'setup', said('model_gated', { model: wanted, what: said(rule.what ?? 'model_needs_to_use') }), said('model_gated_fix', { page: VERIFY_PAGE })));
  }
  if (rule?.needs === 'responses') {
    found.push(make('model_responses_only', 'warning', 'setup', said('model_responses_only', { model: wanted }), said('model_responses_only_fix', { field })));
  }
  return found;
}
