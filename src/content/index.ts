import { extensionAlive } from '../shared/browser-api';
import { PasteGuard } from './paste-guard';

// The only work at load: one listener. Everything else waits for a paste.
const guard = new PasteGuard();

function onPaste(event: ClipboardEvent): void {
  // After the extension is reloaded or removed this script is orphaned: clean up and stop.
  if (!extensionAlive()) {
    document.removeEventListener('paste', onPaste, true);
    guard.dispose();
    return;
  }
  guard.onPaste(event);
}

document.addEventListener('paste', onPaste, true);
