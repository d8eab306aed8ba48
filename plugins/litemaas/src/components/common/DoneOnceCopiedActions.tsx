import { useState } from 'react';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import Typography from '@material-ui/core/Typography';
import { useKeysWords } from './keysText';

/**
 * "Done" for a dialog that shows secrets once: while nothing was copied it
 * asks first, since nobody can show them again once the dialog closes.
 */
export function DoneOnceCopiedActions(props: {
  /** Whether closing needs no warning (copied, or nothing to copy). */
  safeToClose: boolean;
  /** What is lost, e.g. "You have not copied the key. ..." */
  warning: string;
  onDone(): void;
}) {
  const { t } = useKeysWords();
  const [confirming, setConfirming] = useState(false);
  return (
    <DialogActions>
      {confirming && !props.safeToClose ? (
        <>
          <Typography
            variant="body2"
            color="error"
            style={{ flex: 1, paddingLeft: 8 }}
          >
            {props.warning}
          </Typography>
          <Button onClick={() => setConfirming(false)}>
            {t('keys.doneOnceCopied.goBack')}
          </Button>
          <Button variant="contained" color="secondary" onClick={props.onDone}>
            {t('keys.doneOnceCopied.closeWithoutCopying')}
          </Button>
        </>
      ) : (
        <Button
          variant="contained"
          color="primary"
          onClick={() =>
            props.safeToClose ? props.onDone() : setConfirming(true)
          }
        >
          {t('keys.doneOnceCopied.done')}
        </Button>
      )}
    </DialogActions>
  );
}
