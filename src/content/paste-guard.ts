import type { Trigger } from '../core/fields/diagnose-field';
import { looksLikeKeyOrId } from '../core/fields/looks-like-key';
import { scoreField } from '../core/fields/score';
import { extensionAlive } from '../shared/browser-api/runtime';
import { ask } from './ask-worker';
import { editableTarget, fieldName, type KeyFieldElement, snapshotOf } from './field-snapshot';
import { type FieldChecksUI, type KeyField, loadOnDemand, onDemandLoaded } from './on-demand/loader';
import { on } from './safe-dom';

const TYPING_PAUSE_MS = 600;

/** An input counts as typed when a person's key went down in the same field this recently; a focus as a person's when their pointer went down this recently. */
const PERSON_MS = 1000;

/** Filled by the browser's autofill: the field says so itself (`:autofill`, older engines `:-webkit-autofill`). */
function autofilled(field: KeyFieldElement): boolean {
  for (const selector of [':autofill', ':-webkit-autofill']) {
    try {
      if (field.matches(selector)) return true;
    } catch {
      // The engine does not know this selector.
    }
  }
  return false;
}

/**
 * Watches what lands in key fields: pastes, typing (after a pause) and autofill. Nothing runs until a
 * person's event reaches an editable field, and each field is classified once. `isTrusted` alone is
 * not a person: a page's `click()` or `execCommand()` fires trusted input events too, so typing counts
 * only after a person's key in the same field, and autofill only when the field is marked autofilled.
 * What follows — the worker's diagnosis, OpenAI's answer, the card — is the on-demand part's.
 */
export class PasteGuard {
  private checks: Promise<FieldChecksUI | undefined> | undefined;
  private loaded: FieldChecksUI | undefined;
  private readonly known = new WeakMap<KeyFieldElement, KeyField | null>();
  private readonly typing = new WeakMap<KeyFieldElement, number>();
  /** Fields whose focus already woke the worker: a page focusing a field over and over wakes nothing more. */
  private readonly woken = new WeakSet<KeyFieldElement>();
  private keyTarget: EventTarget | null = null;
  private keyAt = 0;
  private pointerAt = -PERSON_MS;

  /** `orphaned`: the extension went away under this script (reloaded or removed); the listeners go. */
  constructor(private readonly orphaned: () => void = () => undefined) {}

  /** True while the extension is there; otherwise stops everything. */
  private alive(): boolean {
    if (extensionAlive()) return true;
    this.orphaned();
    return false;
  }

  /** Classifies a field once; a "no" is reconsidered when key-shaped text arrives, itself a signal. */
  private recognise(field: KeyFieldElement, keyShaped: boolean): KeyField | null {
    const cached = this.known.get(field);
    if (cached !== undefined && (cached !== null || !keyShaped)) return cached;
    const snapshot = snapshotOf(field);
    const verdict = scoreField(snapshot, keyShaped);
    const found = verdict.isKeyField
      ? { info: { label: fieldName(snapshot), provider: verdict.provider, reasons: verdict.reasons }, maxLength: snapshot.maxLength }
      : null;
    this.known.set(field, found);
    // Typing is watched in key fields only: a key pressed in any other field costs Key Doctor nothing.
    if (found && cached === undefined) {
      on(field, 'keydown', this.onKey, true);
      on(field, 'input', this.onInput, true);
    }
    return found;
  }

  readonly onPaste = (event: ClipboardEvent) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    if (!field) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const keyField = this.recognise(field, looksLikeKeyOrId(pasted));
    if (!keyField || !this.alive()) return;
    // The paste supersedes a typing pause still being waited for in the same field.
    clearTimeout(this.typing.get(field));
    // The paste lands after this event, and single-line inputs drop line breaks themselves:
    // judge what the field holds then, which is what the site will send.
    setTimeout(() => void this.check(field, keyField, 'paste', pasted));
  };

  /** A person's pointer went down somewhere: a focus that follows at once is theirs. */
  readonly onPointer = (event: PointerEvent) => {
    if (event.isTrusted) this.pointerAt = event.timeStamp;
  };

  readonly onFocus = (event: FocusEvent) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    // A page's focus() wakes the worker once per field; a person's click on the field, each time.
    const byPerson = event.timeStamp - this.pointerAt < PERSON_MS;
    if (!field || (this.woken.has(field) && !byPerson) || !this.recognise(field, false) || !this.alive()) return;
    this.woken.add(field);
    // Starts the service worker ahead of a likely paste (Chrome stops it after 30 s idle), and has it
    // bring the on-demand part into this frame, so a paste is answered at once.
    void (onDemandLoaded() ? ask('worker/wake', {}) : this.onDemand());
  };

  /** A key went down in a key field: the input that follows is the person's typing. */
  readonly onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    this.keyTarget = event.currentTarget;
    this.keyAt = event.timeStamp;
  };

  /** Input in a key field (its own listener, added when it was recognised). */
  readonly onInput = (event: Event) => {
    const field = event.currentTarget as KeyFieldElement;
    const keyField = this.known.get(field);
    if (!event.isTrusted || !keyField) return;
    const inputType = event instanceof InputEvent ? event.inputType : '';
    if (inputType === 'insertFromPaste' || inputType === 'insertFromDrop') return;
    const typed = field === this.keyTarget && event.timeStamp - this.keyAt < PERSON_MS;
    const trigger: Trigger | undefined = typed ? 'edit' : autofilled(field) ? 'autofill' : undefined;
    if (!trigger || !this.alive()) return;
    this.loaded?.edited(field);
    clearTimeout(this.typing.get(field));
    this.typing.set(field, window.setTimeout(() => void this.check(field, keyField, trigger, ''), trigger === 'edit' ? TYPING_PAUSE_MS : 0));
  };

  private async check(field: KeyFieldElement, keyField: KeyField, trigger: Trigger, pasted: string): Promise<void> {
    await (await this.onDemand())?.check(field, keyField, trigger, pasted);
  }

  /** The on-demand part, loaded on first need, and with it the frame's checks and its one warning card. */
  private onDemand(): Promise<FieldChecksUI | undefined> {
    this.checks ??= loadOnDemand().then((part) => {
      // Not loaded (the extension is going away): let a later event try again.
      if (!part) this.checks = undefined;
      this.loaded ??= part?.createChecks(extensionAlive);
      return this.loaded;
    });
    return this.checks;
  }

  dispose(): void {
    this.loaded?.dispose();
  }
}
