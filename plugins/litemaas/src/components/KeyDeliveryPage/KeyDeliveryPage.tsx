import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { KeyDeliveryContents } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { litemaasApiRef } from '../../api';
import { errorMessage, IssuedValues } from '../common';
import { richText, slot, useKeysWords } from '../common/keysText';

/**
 * Where automation (the workshop template) sends its runner for the keys
 * it issued: the values, shown once, then gone from the portal for good.
 *
 * @public
 */
export function KeyDeliveryPage() {
  const api = useApi(litemaasApiRef);
  const { t, format } = useKeysWords();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [contents, setContents] = useState<KeyDeliveryContents>();
  const [error, setError] = useState<string>();

  const show = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setContents(await api.claimKeyDelivery(id, token));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard
      title={t('keys.delivery.title')}
      titleTypographyProps={{ component: 'h2' }}
    >
      {!contents && (
        <>
          <Typography variant="body2" paragraph>
            {t('keys.delivery.intro')}
          </Typography>
          {error && (
            <Box mb={2}>
              <Alert severity="error">
                {t('keys.delivery.failed', { error })}
              </Alert>
            </Box>
          )}
          <Button
            variant="contained"
            color="primary"
            onClick={show}
            disabled={busy || !token}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            {t('keys.delivery.show')}
          </Button>
          {!token && (
            <Typography variant="body2" color="error" component="p">
              {t('keys.delivery.noToken')}
            </Typography>
          )}
        </>
      )}
      {contents && (
        <>
          <Typography variant="body2" role="status">
            {richText(
              contents.keys.length === 1
                ? t('keys.delivery.shownOne', { prefix: slot('prefix') })
                : t('keys.delivery.shownMany', {
                    prefix: slot('prefix'),
                    total: format.count(contents.keys.length),
                  }),
              { prefix: <code>{contents.aliasPrefix}</code> },
            )}
          </Typography>
          <IssuedValues values={contents.keys} onCopied={() => {}} />
        </>
      )}
    </InfoCard>
  );
}
