import { useLitemaasText } from '../../translationText';
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
import { useLocaleFormat } from '../useLocaleFormat';

/**
 * Days whose usage LiteLLM answered with less than the portal has: the
 * portal kept its figures and waits for an admin to accept LiteLLM's
 * answer or to keep its own. Shown to admins only; nothing when none.
 */
export function UsageHolds(props: { version?: number; onDecided(): void }) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const day = (value: string) => format.day(value, true);
  const describeTotals = (totals: UsageDayTotals) =>
    totals.requests === 1
      ? t('usage.holds.totalsOne', { spend: format.spend(totals.spend) })
      : t('usage.holds.totalsMany', {
          requests: format.count(totals.requests),
          spend: format.spend(totals.spend),
        });
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
          {t('usage.holds.checkFailed', { error: status.error.message })}
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
        message: t('usage.holds.accepted', { day: day(hold.day) }),
        severity: 'success',
        display: 'transient',
      });
    } else {
      await api.dismissUsageHold(hold.day);
      alertApi.post({
        message: t('usage.holds.kept', { day: day(hold.day) }),
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
          aria-label={t('usage.holds.label', { day: hold.day })}
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
                  {t('usage.holds.accept')}
                </Button>
                <Button
                  size="small"
                  color="inherit"
                  style={{ whiteSpace: 'nowrap' }}
                  onClick={() => setDeciding({ hold, choice: 'dismiss' })}
                >
                  {t('usage.holds.keep')}
                </Button>
              </Box>
            )
          }
        >
          <Typography variant="subtitle2" component="h3">
            {t('usage.holds.heading', { day: day(hold.day) })}
          </Typography>
          <Typography variant="body2">
            {t('usage.holds.body', {
              litellm: describeTotals(hold.litellm),
              portal: describeTotals(hold.portal),
            })}{' '}
            {hold.sightings > 1
              ? t('usage.holds.seenMany', {
                  pulls: format.count(hold.sightings),
                  when: format.relativeTime(hold.lastSeenAt),
                })
              : t('usage.holds.seenOnce', {
                  when: format.relativeTime(hold.lastSeenAt),
                })}
          </Typography>
          {hold.acceptedAt && hold.acceptedBy && (
            <Typography variant="body2">
              {t('usage.holds.acceptedBy')}{' '}
              <EntityRefLink entityRef={hold.acceptedBy} />{' '}
              {t('usage.holds.acceptedWhen', {
                when: format.relativeTime(hold.acceptedAt),
              })}
            </Typography>
          )}
        </Alert>
      ))}
      <ConfirmDialog
        open={Boolean(deciding)}
        title={
          deciding?.choice === 'accept'
            ? t('usage.holds.acceptTitle')
            : t('usage.holds.keepTitle')
        }
        confirmLabel={
          deciding?.choice === 'accept'
            ? t('usage.holds.acceptConfirm')
            : t('usage.holds.keepConfirm')
        }
        danger={deciding?.choice === 'accept'}
        onConfirm={decide}
        onClose={() => setDeciding(undefined)}
      >
        <Typography variant="body2">
          {deciding?.choice === 'accept'
            ? t('usage.holds.acceptText', {
                day: day(deciding.hold.day),
                totals: describeTotals(deciding.hold.litellm),
              })
            : t('usage.holds.keepText', {
                day: deciding ? day(deciding.hold.day) : '',
              })}
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
