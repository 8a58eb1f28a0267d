import type { LayeredVerdict } from '../core/verify/layers';

const ICON = { passed: '✓', failed: '✕', not_checked: '○', not_free: '○' } as const;
const SPOKEN = { passed: 'Passed', failed: 'Failed', not_checked: 'Not checked', not_free: 'Not checked for free' } as const;
const TONE = { yes: 'ok', no: 'error', unknown: 'unknown' } as const;

/** The answer a person needs first: will this app work with this key as it is set up — one line per layer, and why. */
export function LayersSummary({ layers }: { layers: LayeredVerdict }) {
  return (
    <section class="panel verdict-panel summary-panel" data-tone={TONE[layers.works]} aria-labelledby="summary-title">
      <h2 id="summary-title" class="verdict-title">
        {layers.headline}
      </h2>
      <ul class="layers" aria-label="What was checked">
        {layers.layers.map((layer) => (
          <li key={layer.id} data-layer={layer.id} data-state={layer.state}>
            <span class="icon" aria-hidden="true">
              {ICON[layer.state]}
            </span>
            <div>
              <strong>{layer.title}</strong> <span class="state">{SPOKEN[layer.state]}</span>
              <p class="reason" title={layer.state === 'passed' ? layer.detail : undefined}>{layer.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
