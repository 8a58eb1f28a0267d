import { off, on } from '../safe-dom';

/** Words on a settings form's button that saves, tests or submits what was entered. */
const SAVE_WORDS = /\b(?:save|test|verify|check|connect|submit|apply|confirm|update|done|ok|continue|add|store|use)\b/i;

function isSaveControl(target: EventTarget | undefined): boolean {
  const control = target instanceof Element ? target.closest('button,[role=button],input[type=submit],input[type=button]') : null;
  if (!control) return false;
  if (control.matches('[type=submit]')) return true;
  const words = `${control.textContent ?? ''} ${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''} ${(control as HTMLInputElement).value ?? ''}`;
  return SAVE_WORDS.test(words.slice(0, 200));
}

let listener: ((event: Event) => void) | undefined;

/**
 * Calls `onSave` when a person clicks a save, test or submit button in this frame. Listens only from
 * the first key-field event on, and only to trusted clicks: a page's own script cannot trigger it.
 */
export function onSaveClicks(onSave: () => void): void {
  if (listener) off(document, 'click', listener, true);
  listener = (event) => {
    if (event.isTrusted && isSaveControl(event.composedPath()[0])) onSave();
  };
  on(document, 'click', listener, true);
}
