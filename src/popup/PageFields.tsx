import type { PageScan } from '../shared/messages';

export function PageFields({ scan }: { scan: PageScan | null }) {
  if (!scan) {
    return (
      <section class="panel" aria-labelledby="fields-title">
        <h2 id="fields-title">Key fields on this page</h2>
        <p class="muted">Key Doctor cannot look at this page: browser pages and extension stores are off limits.</p>
      </section>
    );
  }
  const count = scan.fields.length;
  return (
    <section class="panel" aria-labelledby="fields-title">
      <h2 id="fields-title">
        Key fields on this page: {count === 0 ? 'none found' : count}
      </h2>
      {count > 0 && (
        <ul class="fields">
          {scan.fields.map((field, index) => (
            <li key={`${field.label}-${index}`}>
              <strong>{field.label}</strong>
              {field.provider && <span class="muted"> · {field.provider}</span>}
              <span class="muted reasons">Why: {field.reasons.join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
