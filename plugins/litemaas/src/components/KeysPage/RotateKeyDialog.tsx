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
import { useKeysWords } from '../common/keysText';

/** Grace periods in hours; the backend allows up to a week. */
export const GRACE_PERIODS: number[] = [0, 1, 24, 168];

/**
 * A number of hours in words, "1 hour", "24 hours"; whole days beyond a
 * day as days, "7 days".
 */
export function hoursText(language: string, hours: number): string {
  const days = hours > 24 && hours % 24 === 0;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: days ? 'day' : 'hour',
    unitDisplay: 'long',
  }).format(days ? hours / 24 : hours);
}

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
  const { t, format } = useKeysWords();
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

  const label = (h: number) =>
    h === 0 ? t('keys.rotateDialog.none') : hoursText(format.language, h);
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
        title={t('keys.rotateDialog.title', { name: apiKey?.name ?? '' })}
        error={error}
        submitLabel={t('keys.rotateDialog.submit')}
        busy={busy}
        submitDisabled={!apiKey}
        onSubmit={rotate}
        onCancel={onClose}
      >
        <DialogContentText>{t('keys.rotateDialog.intro')}</DialogContentText>
        <FormControl component="fieldset" fullWidth>
          <FormLabel component="legend">
            {t('keys.rotateDialog.grace')}
          </FormLabel>
          <RadioGroup
            row
            name="litemaas-rotate-grace"
            value={String(hours)}
            onChange={e => setHours(Number(e.target.value))}
          >
            {GRACE_PERIODS.map(h => (
              <FormControlLabel
                key={h}
                value={String(h)}
                control={<Radio color="primary" />}
                label={label(h)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <Box mt={1}>
          {hours === 0 ? (
            <Alert severity="warning">{t('keys.rotateDialog.atOnce')}</Alert>
          ) : (
            <Alert severity="info">
              {t('keys.rotateDialog.keepsFor', { period: label(hours) })}
            </Alert>
          )}
        </Box>
      </FormDialogContent>
    </FormDialog>
  );
}
