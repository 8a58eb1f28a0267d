import type { Trigger } from '../../core/fields/diagnose-field';
import type { DiagnosisReport } from '../../core/key';
import { ask, clip } from '../ask-worker';
import { fieldValue, type KeyFieldElement } from '../field-snapshot';
import { hasContent } from '../warning/has-content';
import { InlineWarning } from '../warning/inline-warning';
import type { Verification } from '../warning/verification';
import { readAppSettings } from './app-settings';
import { followUp } from './follow-up';
import type { KeyField } from './loader';

/** What the card beside a field shows now. */
interface Shown {
  report: DiagnosisReport;
  verification?: Verification;
}

/** The site changed the field by itself: it is checked again, but not forever. */
const MAX_RECHECKS = 2;

/**
 * What happens after a person's paste, typing or autofill in a key field: the worker's diagnosis,
 * OpenAI's answer as the plan says, the follow-up on the page's own messages, and the one card of
 * this frame. Part of the on-demand script: the always-on one only recognises the event and the field.
 */
export class FieldChecks {
  private readonly warning: InlineWarning;
  private readonly shown = new WeakMap<KeyFieldElement, Shown>();
  private readonly runs = new WeakMap<KeyFieldElement, number>();

  /** The check offered under "ask me first" in this frame, which the popup may start too. */
  private offered: (() => Promise<void>) | undefined;

  /** `stillWanted`: false once the extension is gone. */
  constructor(stillWanted: () => boolean) {
    this.warning = new InlineWarning(
      stillWanted,
      (dismissed) => void this.supersede(dismissed as KeyFieldElement),
      // The page keeps hiding the card: the popup and the badge say so instead.
      () => void ask('warning/tampered', {}),
    );
  }

  /** A person is editing the field: what was under way for it (an answer, the watch on the page) no longer applies. */
  edited(field: KeyFieldElement): void {
    this.supersede(field);
  }

  /** The popup's "Check with OpenAI": starts the check this frame offered, if it still stands. */
  checkOffered(): boolean {
    const start = this.offered;
    this.offered = undefined;
    void start?.();
    return start !== undefined;
  }

  async check(field: KeyFieldElement, keyField: KeyField, trigger: Trigger, pasted: string, rechecks = 0): Promise<void> {
    let value = fieldValue(field);
    // Empty right after a paste: the site removed it, or it is still landing. Look once more after a frame.
    if (trigger === 'paste' && value === '') {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      value = fieldValue(field);
    }
    if (trigger !== 'paste' && value.trim() === '') return this.warning.hide();
    // A newer paste or edit of the same field supersedes this one, and so does a dismissal.
    const run = this.supersede(field);
    const current = () => this.runs.get(field) === run;
    // The app's settings beside the field, read now — after a person's paste or edit — and only now.
    const settings = readAppSettings(field);
    const answer = await ask('field/check', {
      field: keyField.info, value: clip(value), valueLength: value.length, pasted: clip(pasted), trigger, maxLength: keyField.maxLength, settings,
    });
    if (!answer || !current() || 'silent' in answer) return;
    this.follow(field, keyField, value, current, () => void (rechecks < MAX_RECHECKS && current() && this.check(field, keyField, trigger, pasted, rechecks + 1)));
    const { report } = answer;
    if (answer.check === 'no') return this.render(field, report);
    // What OpenAI is asked about: the field's key, or the pasted one when the site removed it.
    const judged = value || pasted;
    const latest = () => this.shown.get(field)?.report ?? report;
    const verify = async () => {
      this.render(field, latest(), { state: 'checking' });
      const result = await ask('key/verify', { value: clip(judged), valueLength: judged.length, settings, offer: answer.offer });
      if (current()) this.render(field, (result && 'report' in result && result.report) || latest(), result ? { state: 'done', result } : { state: 'failed' });
    };
    if (answer.check !== 'offer') return verify();
    // The offer is taken up once: by a click the card can vouch for, or from the popup.
    const takeUp = () => {
      this.offered = undefined;
      return current() ? verify() : Promise.resolve();
    };
    this.offered = takeUp;
    const onCheck = (click: MouseEvent) => (this.warning.genuineClick(click) ? void takeUp() : this.render(field, latest(), { state: 'use-popup' }));
    this.render(field, report, { state: 'offer', onCheck });
  }

  /** The page's own messages for a few seconds (an error from OpenAI, the site's "not a valid key", a rewritten field), and save clicks. */
  private follow(field: KeyFieldElement, keyField: KeyField, checked: string, current: () => boolean, onFieldChanged: () => void): void {
    followUp({
      field, checked, stillCurrent: current, onFieldChanged,
      valueOf: () => fieldValue(field),
      shown: () => this.shown.get(field),
      render: (report, verification) => this.render(field, report, verification),
      // A save click is a person's new act: what the page says next may show the card again.
      onSave: (changed) => {
        if (changed) return void this.check(field, keyField, 'save', '');
        const run = this.supersede(field);
        this.follow(field, keyField, fieldValue(field), () => this.runs.get(field) === run, () => undefined);
      },
    });
  }

  private supersede(field: KeyFieldElement): number {
    const run = (this.runs.get(field) ?? 0) + 1;
    this.runs.set(field, run);
    return run;
  }

  private render(field: KeyFieldElement, report: DiagnosisReport, verification?: Verification): void {
    this.shown.set(field, { report, verification });
    if (hasContent({ report, verification })) return this.warning.show(field, { report, verification });
    if (this.warning.shownFor === field) this.warning.hide();
  }

  dispose(): void {
    this.warning.hide();
  }
}
