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

/**
 * Where automation (the workshop template) sends its runner for the keys
 * it issued: the values, shown once, then gone from the portal for good.
 *
 * @public
 */
export function KeyDeliveryPage() {
  const api = useApi(litemaasApiRef);
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
    <InfoCard title="Workshop keys" titleTypographyProps={{ component: 'h2' }}>
      {!contents && (
        <>
          <Typography variant="body2" paragraph>
            A template you ran issued API keys and left their values here, for
            you only. They are shown once: after that, this link no longer works
            and nobody can see them again.
          </Typography>
          {error && (
            <Box mb={2}>
              <Alert severity="error">
                {error}. If you did not copy them, revoke the keys (Keys admin →
                Revoke by prefix) and run the template again.
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
            Show the keys
          </Button>
          {!token && (
            <Typography variant="body2" color="error" component="p">
              The link has no token: open it as the template gave it.
            </Typography>
          )}
        </>
      )}
      {contents && (
        <>
          <Typography variant="body2" role="status">
            {contents.keys.length} keys with the alias prefix{' '}
            <code>{contents.aliasPrefix}</code>. The portal has forgotten their
            values: copy them before you leave this page.
          </Typography>
          <IssuedValues values={contents.keys} onCopied={() => {}} />
        </>
      )}
    </InfoCard>
  );
}
