import { useLitemaasText } from '../../translationText';
import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';

/**
 * The frame of a dialog that holds a form. While `busy`, clicking outside
 * or pressing Escape does not close it, so a running call is not lost.
 */
export function FormDialog(props: {
  open: boolean;
  titleId: string;
  busy?: boolean;
  maxWidth?: 'sm' | 'md';
  onClose(): void;
  /** Runs once the closing animation ends: the place to reset state. */
  onExited?(): void;
  children: ReactNode;
}) {
  const { onExited } = props;
  return (
    <Dialog
      open={props.open}
      onClose={props.busy ? undefined : props.onClose}
      aria-labelledby={props.titleId}
      maxWidth={props.maxWidth ?? 'sm'}
      fullWidth
      TransitionProps={onExited ? { onExited: () => onExited() } : undefined}
    >
      {props.children}
    </Dialog>
  );
}

/** A failed call's message, below a dialog's fields. */
export function DialogErrorAlert(props: { children?: ReactNode }) {
  if (!props.children) return null;
  return (
    <Box mt={2}>
      <Alert severity="error">{props.children}</Alert>
    </Box>
  );
}

/**
 * Title, fields, error and the Cancel and submit buttons of a form in a
 * {@link FormDialog}. While `busy`, both buttons are disabled and the
 * submit button spins.
 */
export function FormDialogContent(props: {
  titleId: string;
  title: ReactNode;
  /** Lines above and below the fields, for long forms that scroll. */
  dividers?: boolean;
  children: ReactNode;
  error?: string;
  submitLabel: ReactNode;
  /** Red instead of the primary colour, for what cannot be undone. */
  danger?: boolean;
  busy: boolean;
  /** Disables the submit button too, e.g. while the form is incomplete. */
  submitDisabled?: boolean;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { busy } = props;
  const t = useLitemaasText();
  return (
    <>
      <DialogTitle id={props.titleId}>{props.title}</DialogTitle>
      <DialogContent dividers={props.dividers}>
        {props.children}
        <DialogErrorAlert>{props.error}</DialogErrorAlert>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color={props.danger ? 'secondary' : 'primary'}
          onClick={props.onSubmit}
          disabled={busy || props.submitDisabled}
          startIcon={busy ? <CircularProgress size={16} /> : undefined}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </>
  );
}
