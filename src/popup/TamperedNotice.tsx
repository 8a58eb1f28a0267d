import type { TabState } from '../shared/schemas';

/** The page kept hiding Key Doctor's card: what it would have said is here. */
export function TamperedNotice({ state }: { state: TabState }) {
  if (!state.tampered) return null;
  return (
    <p class="panel notice" role="alert">
      This page hid Key Doctor’s warning beside the key field, again and again. What it said is below; be careful what you
      enter on this page.
    </p>
  );
}
