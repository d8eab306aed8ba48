import { ReactNode, useState } from 'react';
import { errorMessage } from './errors';
import { FormDialog, FormDialogContent } from './FormDialog';

/**
 * Asks before doing something that cannot be undone, or holds a small form.
 * Keeps itself open and shows the error when the action fails, or when
 * `onConfirm` answers `false` (a form with mistakes to fix).
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): Promise<void | false>;
  onClose(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // Letters of any language: a Japanese label must not leave only dashes.
  const titleId = `confirm-${props.confirmLabel.replace(
    /[^\p{L}\p{N}]+/gu,
    '-',
  )}`;

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      if ((await props.onConfirm()) !== false) props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      titleId={titleId}
      busy={busy}
      onClose={props.onClose}
      onExited={() => setError(undefined)}
    >
      <FormDialogContent
        titleId={titleId}
        title={props.title}
        error={error}
        submitLabel={props.confirmLabel}
        danger={props.danger}
        busy={busy}
        onSubmit={confirm}
        onCancel={props.onClose}
      >
        {props.children}
      </FormDialogContent>
    </FormDialog>
  );
}
