import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  UsageDayTotals,
  UsageHold,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { ConfirmDialog, EntityRefLink } from '../common';
import { formatDay, formatRelativeTime, formatSpend } from '../format';

function describeTotals(totals: UsageDayTotals) {
  const requests =
    totals.requests === 1 ? '1 request' : `${totals.requests} requests`;
  return `${requests}, ${formatSpend(totals.spend)}`;
}

/**
 * Days whose usage LiteLLM answered with less than the portal has: the
 * portal kept its figures and waits for an admin to accept LiteLLM's
 * answer or to keep its own. Shown to admins only; nothing when none.
 */
export function UsageHolds(props: { version?: number; onDecided(): void }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const status = useAsyncRetry(
    () => api.getUsageSyncStatus(),
    [api, props.version],
  );
  const [deciding, setDeciding] = useState<{
    hold: UsageHold;
    choice: 'accept' | 'dismiss';
  }>();
  const holds = status.value?.holds ?? [];
  // The figures shown are right either way; a failed look-up is not worth
  // an error panel on the page, only a note.
  if (status.error) {
    return (
      <Box mb={2}>
        <Typography variant="caption" color="textSecondary">
          Could not check for held-back usage: {status.error.message}
        </Typography>
      </Box>
    );
  }
  if (!holds.length) return null;

  const decide = async () => {
    if (!deciding) return;
    const { hold, choice } = deciding;
    if (choice === 'accept') {
      await api.acceptUsageHold(hold.day);
      alertApi.post({
        message: `LiteLLM's figures for ${formatDay(
          hold.day,
          true,
        )} are accepted; they replace the portal's at the usage pull just asked for.`,
        severity: 'success',
        display: 'transient',
      });
    } else {
      await api.dismissUsageHold(hold.day);
      alertApi.post({
        message: `The portal keeps its figures for ${formatDay(
          hold.day,
          true,
        )}.`,
        severity: 'success',
        display: 'transient',
      });
    }
    status.retry();
    props.onDecided();
  };

  return (
    <Box mb={2} display="flex" flexDirection="column" style={{ gap: 8 }}>
      {holds.map(hold => (
        <Alert
          key={hold.day}
          severity="warning"
          role="region"
          aria-label={`Usage held back for ${hold.day}`}
          action={
            hold.acceptedAt ? undefined : (
              <Box display="flex" style={{ gap: 8 }}>
                <Button
                  size="small"
                  color="inherit"
                  variant="outlined"
                  style={{ whiteSpace: 'nowrap' }}
                  onClick={() => setDeciding({ hold, choice: 'accept' })}
                >
                  Accept LiteLLM’s
                </Button>
                <Button
                  size="small"
                  color="inherit"
                  style={{ whiteSpace: 'nowrap' }}
                  onClick={() => setDeciding({ hold, choice: 'dismiss' })}
                >
                  Keep the portal’s
                </Button>
              </Box>
            )
          }
        >
          <Typography variant="subtitle2" component="h3">
            Usage of {formatDay(hold.day, true)} held back
          </Typography>
          <Typography variant="body2">
            LiteLLM now reports {describeTotals(hold.litellm)}; the portal has{' '}
            {describeTotals(hold.portal)}. Its answer lacks usage the portal has
            for some keys: LiteLLM may have lost data (restored from a backup or
            started on an empty database), so the portal kept its figures and
            adds only what is new.{' '}
            {hold.sightings > 1
              ? `LiteLLM gave this answer in ${hold.sightings} pulls in a row`
              : 'Seen once'}
            , last {formatRelativeTime(hold.lastSeenAt)}.
          </Typography>
          {hold.acceptedAt && hold.acceptedBy && (
            <Typography variant="body2">
              Accepted by <EntityRefLink entityRef={hold.acceptedBy} />{' '}
              {formatRelativeTime(hold.acceptedAt)}: applied at the next usage
              pull.
            </Typography>
          )}
        </Alert>
      ))}
      <ConfirmDialog
        open={Boolean(deciding)}
        title={
          deciding?.choice === 'accept'
            ? 'Accept LiteLLM’s figures'
            : 'Keep the portal’s figures'
        }
        confirmLabel={deciding?.choice === 'accept' ? 'Accept' : 'Keep'}
        danger={deciding?.choice === 'accept'}
        onConfirm={decide}
        onClose={() => setDeciding(undefined)}
      >
        <Typography variant="body2">
          {deciding?.choice === 'accept'
            ? `The usage of ${formatDay(
                deciding.hold.day,
                true,
              )} is replaced with LiteLLM’s answer (${describeTotals(
                deciding.hold.litellm,
              )}) at the next pull, if LiteLLM still has at least that much. The portal’s larger figures are gone then.`
            : `The portal keeps its figures for ${
                deciding ? formatDay(deciding.hold.day, true) : ''
              }: later pulls keep each key\u2019s larger figures and do not ask again for this day.`}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
