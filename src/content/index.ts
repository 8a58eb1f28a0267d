import { claimFrame } from '../shared/browser-api/runtime';
import { PasteGuard } from './paste-guard';
import { off, on } from './safe-dom';

// The only work at load: three listeners (typing is watched in key fields only, once they are known).
// Everything else waits for a person's event in an editable field. They are added through the
// prototype's own method: a page's `<form name="addEventListener">` cannot stop them.
const guard: PasteGuard = new PasteGuard(() => {
  for (const [type, listener] of listeners) off(document, type, listener, true);
  guard.dispose();
});
const listeners: [string, (event: never) => void][] = [
  ['paste', guard.onPaste],
  ['focusin', guard.onFocus],
  ['pointerdown', guard.onPointer],
];
if (claimFrame()) for (const [type, listener] of listeners) on(document, type, listener, true);
