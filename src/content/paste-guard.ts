import type { Trigger } from '../core/fields/diagnose-field';
import { looksLikeKeyOrId } from '../core/fields/looks-like-key';
import { scoreField } from '../core/fields/score';
import type { DiagnosisReport } from '../core/key';
import { extensionAlive } from '../shared/browser-api/runtime';
import { ask, clip } from './ask-worker';
import { editableTarget, fieldName, fieldValue, type KeyFieldElement, snapshotOf } from './field-snapshot';
import { hasContent } from './warning/has-content';
import { loadOnDemand, type OnDemand, onDemandLoaded, type WarningUI } from './on-demand/loader';
import type { Verification } from './warning/verification';
import type { FieldInfo } from '../shared/schemas';

interface KeyField {
  info: FieldInfo;
  maxLength: number | null;
}

/** What the card beside a field shows now. */
interface Shown {
  report: DiagnosisReport;
  verification?: Verification;
}

/** The site changed the field by itself: it is checked again, but not forever. */
const MAX_RECHECKS = 2;

const TYPING_PAUSE_MS = 600;

/**
 * Watches what lands in key fields: pastes, typing (after a pause) and autofill. Nothing runs until a
 * trusted event reaches an editable field, and each field is classified once.
 */
export class PasteGuard {
  private warning: WarningUI | undefined;
  private loading: Promise<OnDemand | undefined> | undefined;
  private readonly shown = new WeakMap<KeyFieldElement, Shown>();
  private part: OnDemand | undefined;
  /** Counts what was asked to be shown: the card shows the latest only. */
  private renders = 0;
  private readonly known = new WeakMap<KeyFieldElement, KeyField | null>();
  private readonly typing = new WeakMap<KeyFieldElement, number>();
  private readonly runs = new WeakMap<KeyFieldElement, number>();

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
    return found;
  }

  readonly onPaste = (event: ClipboardEvent) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    if (!field) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const keyField = this.recognise(field, looksLikeKeyOrId(pasted));
    if (!keyField) return;
    // The paste supersedes a typing pause still being waited for in the same field.
    clearTimeout(this.typing.get(field));
    // The paste lands after this event, and single-line inputs drop line breaks themselves:
    // judge what the field holds then, which is what the site will send.
    setTimeout(() => void this.check(field, keyField, 'paste', pasted));
  };

  readonly onFocus = (event: FocusEvent) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    // Starts the service worker ahead of a likely paste (Chrome stops it after 30 s idle), and has it
    // bring the warning's UI into this frame, so a paste is answered at once.
    if (field && this.recognise(field, false)) void (onDemandLoaded() ? ask('worker/wake', {}) : this.onDemand());
  };

  readonly onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    if (!field) return;
    const inputType = event instanceof InputEvent ? event.inputType : '';
    if (inputType === 'insertFromPaste' || inputType === 'insertFromDrop') return;
    const keyField = this.recognise(field, false);
    if (!keyField) return;
    // Autofill arrives as a plain input event, not an InputEvent with a type.
    const trigger: Trigger = inputType === '' ? 'autofill' : 'edit';
    clearTimeout(this.typing.get(field));
    const wait = trigger === 'autofill' ? 0 : TYPING_PAUSE_MS;
    this.typing.set(field, window.setTimeout(() => void this.check(field, keyField, trigger, ''), wait));
  };

  private async check(field: KeyFieldElement, keyField: KeyField, trigger: Trigger, pasted: string, rechecks = 0): Promise<void> {
    let value = fieldValue(field);
    // Empty right after a paste: the site removed it, or it is still landing. Look once more after a frame.
    if (trigger === 'paste' && value === '') {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      value = fieldValue(field);
    }
    if (trigger !== 'paste' && value.trim() === '') {
      this.renders++;
      return this.warning?.hide();
    }
    // A newer paste or edit of the same field supersedes this one, and so does a dismissal.
    const run = this.supersede(field);
    const current = () => this.runs.get(field) === run;
    // The app's settings beside the field, read now — after a person's paste or edit — and only now.
    const part = await this.onDemand();
    const settings = part?.readAppSettings(field);
    const answer = await ask('field/check', {
      field: keyField.info, value: clip(value), valueLength: value.length, pasted: clip(pasted), trigger, maxLength: keyField.maxLength, settings,
    });
    if (!answer || !current() || 'silent' in answer) return;
    this.follow(field, keyField, current, () => void (rechecks < MAX_RECHECKS && current() && this.check(field, keyField, trigger, pasted, rechecks + 1)));
    const { report } = answer;
    if (answer.check === 'no') return this.render(field, report);
    // What OpenAI is asked about: the field's key, or the pasted one when the site removed it.
    const judged = value || pasted;
    const latest = () => this.shown.get(field)?.report ?? report;
    const verify = async () => {
      this.render(field, latest(), { state: 'checking' });
      const result = await ask('key/verify', { value: clip(judged), valueLength: judged.length, settings });
      if (current()) this.render(field, (result && 'report' in result && result.report) || latest(), result ? { state: 'done', result } : { state: 'failed' });
    };
    if (answer.check === 'offer') return this.render(field, report, { state: 'offer', onCheck: () => void verify() });
    await verify();
  }

  /** The page's own messages for a few seconds (an error from OpenAI, the site's "not a valid key", a rewritten field), and save clicks. */
  private follow(field: KeyFieldElement, keyField: KeyField, current: () => boolean, onFieldChanged: () => void): void {
    this.part?.followUp({
      field, stillCurrent: current, onFieldChanged,
      valueOf: () => fieldValue(field),
      shown: () => this.shown.get(field),
      render: (report, verification) => void this.render(field, report, verification),
      // A save click is a person's new act: what the page says next may show the card again.
      onSave: (changed) => {
        if (changed) return void this.check(field, keyField, 'save', '');
        const run = this.supersede(field);
        this.follow(field, keyField, () => this.runs.get(field) === run, () => undefined);
      },
    });
  }

  private supersede(field: KeyFieldElement): number {
    const run = (this.runs.get(field) ?? 0) + 1;
    this.runs.set(field, run);
    return run;
  }

  /** The on-demand part of the content script, loaded on first need, and with it the frame's one warning card. */
  private onDemand(): Promise<OnDemand | undefined> {
    this.loading ??= loadOnDemand().then((part) => {
      // Not loaded (the extension is going away): let a later event try again.
      if (!part) this.loading = undefined;
      this.part ??= part;
      this.warning ??= part?.createWarning(extensionAlive, (dismissed) => void this.supersede(dismissed as KeyFieldElement));
      return part;
    });
    return this.loading;
  }

  private async render(field: KeyFieldElement, report: DiagnosisReport, verification?: Verification): Promise<void> {
    const ticket = ++this.renders;
    this.shown.set(field, { report, verification });
    if (!hasContent({ report, verification })) {
      if (this.warning?.shownFor === field) this.warning.hide();
      return;
    }
    const run = this.runs.get(field);
    if (!this.warning) await this.onDemand();
    const warning = this.warning;
    // Loading took a moment: show this only if nothing newer was shown or happened to the field meanwhile.
    if (ticket === this.renders && this.runs.get(field) === run) warning?.show(field, { report, verification });
  }

  dispose(): void {
    this.warning?.hide();
  }
}
