import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { ApiKey, IssuedKey } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import DialogContentText from '@material-ui/core/DialogContentText';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { FormDialog, FormDialogContent, errorMessage } from '../common';

/** Grace periods in hours; the backend allows up to a week. */
export const GRACE_PERIODS: Array<{ hours: number; label: string }> = [
  { hours: 0, label: 'None' },
  { hours: 1, label: '1 hour' },
  { hours: 24, label: '24 hours' },
  { hours: 168, label: '7 days' },
];

const TITLE_ID = 'litemaas-rotate-key-title';

/**
 * Gives a key a new value. The old one stops working at once, or after a
 * grace period so running deployments can switch over.
 */
export function RotateKeyDialog(props: {
  open: boolean;
  apiKey?: ApiKey;
  onClose(): void;
  onRotated(issued: IssuedKey, graceHours: number): void;
}) {
  const { apiKey, onClose, onRotated } = props;
  const api = useApi(litemaasApiRef);
  const [hours, setHours] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const rotate = async () => {
    if (!apiKey) return;
    setBusy(true);
    setError(undefined);
    try {
      const issued = await api.rotateKey(apiKey.id, {
        gracePeriodHours: hours,
      });
      onRotated(issued, hours);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const grace = GRACE_PERIODS.find(g => g.hours === hours);
  return (
    <FormDialog
      open={props.open}
      titleId={TITLE_ID}
      busy={busy}
      onClose={onClose}
      onExited={() => {
        setHours(0);
        setError(undefined);
      }}
    >
      <FormDialogContent
        titleId={TITLE_ID}
        title={`Rotate ${apiKey?.name ?? ''}?`}
        error={error}
        submitLabel="Rotate"
        busy={busy}
        submitDisabled={!apiKey}
        onSubmit={rotate}
        onCancel={onClose}
      >
        <DialogContentText>
          The key gets a new value, shown once. Its name, models, limits and
          spend stay as they are. Everything that uses the key needs the new
          value.
        </DialogContentText>
        <FormControl component="fieldset" fullWidth>
          <FormLabel component="legend">
            Grace period for the old value
          </FormLabel>
          <RadioGroup
            row
            name="litemaas-rotate-grace"
            value={String(hours)}
            onChange={e => setHours(Number(e.target.value))}
          >
            {GRACE_PERIODS.map(g => (
              <FormControlLabel
                key={g.hours}
                value={String(g.hours)}
                control={<Radio color="primary" />}
                label={g.label}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <Box mt={1}>
          {hours === 0 ? (
            <Alert severity="warning">
              The old value stops working at once. Choose this when it may have
              leaked.
            </Alert>
          ) : (
            <Alert severity="info">
              The old value keeps working for {grace?.label ?? `${hours} hours`}
              , time to roll the new one out; then it stops working.
            </Alert>
          )}
        </Box>
      </FormDialogContent>
    </FormDialog>
  );
}
