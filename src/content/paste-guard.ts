import { scoreField } from '../core/fields';
import { diagnose, type DiagnosisReport } from '../core/key';
import { editableTarget, fieldName, fieldValue, type KeyFieldElement, snapshotOf } from './field-snapshot';
import { reportDiagnosis } from './report-to-worker';
import { InlineWarning } from './warning/inline-warning';

const OPENAI_KINDS = new Set(['project', 'service_account', 'admin', 'org_user', 'legacy', 'unrecognised_openai', 'masked']);

/** Watches pastes into key fields. Nothing runs until a trusted paste lands in an editable field. */
export class PasteGuard {
  private warning: InlineWarning | undefined;
  private watched: KeyFieldElement | undefined;
  private readonly onEdit = (event: Event) => {
    if (event.isTrusted && event.target === this.watched && this.watched) this.render(this.watched, diagnose(fieldValue(this.watched)).report);
  };

  readonly onPaste = (event: ClipboardEvent) => {
    if (!event.isTrusted) return;
    const field = editableTarget(event);
    if (!field) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const snapshot = snapshotOf(field);
    const verdict = scoreField(snapshot, OPENAI_KINDS.has(diagnose(pasted).report.kind));
    if (!verdict.isKeyField) return;
    const info = { label: fieldName(snapshot), provider: verdict.provider, reasons: verdict.reasons };
    // The paste lands after this event, and single-line inputs drop line breaks themselves:
    // judge what the field holds then, which is what the site will send.
    setTimeout(() => {
      const { report } = diagnose(fieldValue(field) || pasted);
      this.render(field, report);
      reportDiagnosis(info, report);
    });
  };

  private render(field: KeyFieldElement, report: DiagnosisReport): void {
    this.watch(field);
    if (report.worst === 'error' || report.worst === 'warning') {
      this.warning ??= new InlineWarning();
      this.warning.show(field, report);
    } else {
      this.warning?.hide();
    }
  }

  /** Follows edits of the one field that was pasted into, so the warning goes once the key is fixed. */
  private watch(field: KeyFieldElement): void {
    if (this.watched === field) return;
    this.watched?.removeEventListener('input', this.onEdit);
    this.watched = field;
    field.addEventListener('input', this.onEdit);
  }

  dispose(): void {
    this.watched?.removeEventListener('input', this.onEdit);
    this.warning?.hide();
  }
}
