import { PasteGuard } from './paste-guard';
import { off, on } from './safe-dom';

// The only work at load: four listeners. Everything else waits for a person's event in an editable field.
// They are added through the prototype's own method: a page's `<form name="addEventListener">` cannot stop them.
const guard: PasteGuard = new PasteGuard(() => {
  for (const [type, listener] of listeners) off(document, type, listener, true);
  guard.dispose();
});
const listeners: [string, (event: never) => void][] = [
  ['paste', guard.onPaste],
  ['input', guard.onInput],
  ['focusin', guard.onFocus],
  ['keydown', guard.onKey],
];
for (const [type, listener] of listeners) on(document, type, listener, true);
