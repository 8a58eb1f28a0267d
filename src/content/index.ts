import { extensionAlive } from '../shared/browser-api/runtime';
import { PasteGuard } from './paste-guard';

// The only work at load: three listeners, and a function the popup may call.
// Everything else waits for a trusted event in an editable field.
const guard = new PasteGuard();
const listeners: [string, (event: Event) => void][] = [
  ['paste', (event) => guarded(() => guard.onPaste(event as ClipboardEvent))],
  ['input', (event) => guarded(() => guard.onInput(event))],
  ['focusin', (event) => guarded(() => guard.onFocus(event as FocusEvent))],
];

/** After the extension is reloaded or removed this script is orphaned: it cleans up and stops. */
function guarded(run: () => void): void {
  if (extensionAlive()) return run();
  for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
  guard.dispose();
}

for (const [type, listener] of listeners) document.addEventListener(type, listener, true);
