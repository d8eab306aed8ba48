import { useLitemaasText } from '../../translationText';
import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { errorMessage } from './errors';

/** A progress bar that screen readers announce as what is loading. */
export function Loading(props: { label: string }) {
  return (
    <Box role="status" aria-label={props.label} py={1}>
      <Progress />
    </Box>
  );
}

/**
 * A failed load, inline, with a way to try again. `what` names what
 * failed to load, in the reader's language ("your keys").
 */
export function LoadError(props: {
  what: string;
  error: unknown;
  retry(): void;
}) {
  const t = useLitemaasText();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={props.retry}>
          {t('common.tryAgain')}
        </Button>
      }
    >
      {t('common.couldNotLoad', {
        what: props.what,
        error: errorMessage(props.error),
      })}
    </Alert>
  );
}
