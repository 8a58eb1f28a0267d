import type { Finding } from '../core/key';
import { say } from '../i18n/say';
import { t } from '../i18n/t';

const ICONS = { error: '✕', warning: '!', info: '✓' };
const SPOKEN = { error: 'finding_spoken_error', warning: 'finding_spoken_warning', info: 'finding_spoken_info' } as const;

export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class="finding" data-severity={f.severity} data-code={f.code} key={f.code}>
          <span class="icon" aria-hidden="true">{ICONS[f.severity]}</span>
          <span>
            <span class="sr-only">{t(SPOKEN[f.severity])} </span>
            {say(f.message)}
            {f.fix && <span class="fix">{say(f.fix)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
