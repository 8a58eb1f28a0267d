import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';

/**
 * A question before something that cannot be undone. Focus moves into it (to "Cancel", the safe
 * answer), Escape cancels, and when it closes focus goes back to the button that opened it.
 */
export function useConfirmation() {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return { confirming, trigger, open: () => setConfirming(true), close: () => setConfirming(false) };
}

interface Props {
  /** The button that opened it, which stays in place and gets focus back when it closes. */
  opener: RefObject<HTMLButtonElement | null>;
  /** Names the dialog: what is about to happen. */
  label: string;
  children: ComponentChildren;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirmation({ opener, label, children, confirm, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    // The opener as it is when the question closes: the same button, re-rendered or not.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- reading `.current` at cleanup is the point.
    return () => opener.current?.focus();
  }, [opener]);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      {children}
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" ref={cancel} onClick={onCancel}>
        {t('confirm_cancel')}
      </button>
    </div>
  );
}
