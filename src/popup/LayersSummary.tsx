import type { LayeredVerdict } from '../core/verify/layers';
import { say, sayAll } from '../i18n/say';
import { t } from '../i18n/t';

const ICON = { passed: '✓', failed: '✕', not_checked: '○', not_free: '○' } as const;
const SPOKEN = { passed: 'state_passed', failed: 'state_failed', not_checked: 'state_not_checked', not_free: 'state_not_free' } as const;
const TONE = { yes: 'ok', no: 'error', unknown: 'unknown' } as const;

/** The answer a person needs first: will this app work with this key as it is set up — one line per layer, and why. */
export function LayersSummary({ layers }: { layers: LayeredVerdict }) {
  return (
    <section class="panel verdict-panel summary-panel" data-tone={TONE[layers.works]} aria-labelledby="summary-title">
      <h2 id="summary-title" class="verdict-title">
        {say(layers.headline)}
      </h2>
      <ul class="layers" aria-label={t('layers_list_label')}>
        {layers.layers.map((layer) => (
          <li key={layer.id} data-layer={layer.id} data-state={layer.state}>
            <span class="icon" aria-hidden="true">
              {ICON[layer.state]}
            </span>
            <div>
              <strong>{t(`layer_${layer.id}`)}</strong> <span class="state">{t(SPOKEN[layer.state])}</span>
              <p class="reason">{sayAll(layer.detail)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
