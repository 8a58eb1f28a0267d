import type { Finding } from '../core/key';

const ICONS = { error: '✕', warning: '!', info: '✓' };
const SPOKEN = { error: 'Problem:', warning: 'Warning:', info: 'OK:' };

export function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class="finding" data-severity={f.severity} data-code={f.code} key={f.code}>
          <span class="icon" aria-hidden="true">{ICONS[f.severity]}</span>
          <span>
            <span class="sr-only">{SPOKEN[f.severity]} </span>
            {f.message}
            {f.fix && <span class="fix">{f.fix}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
