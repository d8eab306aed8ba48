import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import { DeprecationTaskStatus } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import SyncIcon from '@material-ui/icons/Sync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../../api';
import { useLitemaasText } from '../../../translationText';
import { LoadError, errorMessage, runTaskNow } from '../../common';
import { useLocaleFormat } from '../../useLocaleFormat';

function LastRun(props: { status?: DeprecationTaskStatus }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { status } = props;
  if (status?.status === 'failed') {
    return (
      <Typography variant="body2" color="error">
        {t('deprecation.run.failed', {
          when: format.relativeTime(status.finishedAt),
          error: status.error ?? '',
        })}
      </Typography>
    );
  }
  const report = status?.report;
  if (!report) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('deprecation.run.none')}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="textSecondary">
      <span title={format.dateTime(status?.reportAt)}>
        {t('deprecation.run.last', {
          when: format.relativeTime(status?.reportAt),
        })}
      </span>{' '}
      {t('deprecation.run.summary', {
        announced: format.count(report.announced),
        reminded: format.count(report.reminded),
        retired: format.count(report.retired),
        grants: format.count(report.grantsEnded),
        keys: format.count(report.keysChanged),
        failed: format.count(report.failed),
      })}
    </Typography>
  );
}

/**
 * The deprecation task, for admins: its last run (told, reminded,
 * retired) and a way to run it now.
 */
export function DeprecationRun(props: {
  pollIntervalMs?: number;
  /** After a run: campaigns may have moved on. */
  onRan?(): void;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const run = useAsyncRetry(() => api.getDeprecationRun(), [api]);
  const [latest, setLatest] = useState<DeprecationTaskStatus>();
  const [running, setRunning] = useState(false);
  const status = latest ?? run.value;

  const runNow = async () => {
    setRunning(true);
    try {
      const result = await runTaskNow(
        () => api.runDeprecations(),
        () => api.getDeprecationRun(),
        { intervalMs: props.pollIntervalMs },
      );
      setLatest(result.status);
      if (!result.finished) {
        alertApi.post({
          message: t('deprecation.run.asked'),
          severity: 'info',
          display: 'transient',
        });
      } else if (result.status.status === 'failed') {
        alertApi.post({
          message: t('deprecation.run.runFailed', {
            error: result.status.error ?? '',
          }),
          severity: 'error',
        });
      } else {
        alertApi.post({
          message: t('deprecation.run.done'),
          severity: 'success',
          display: 'transient',
        });
      }
      props.onRan?.();
    } catch (e) {
      alertApi.post({
        message: t('deprecation.run.runFailed', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Box
      mt={3}
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      style={{ gap: 12 }}
      role="region"
      aria-label={t('deprecation.run.title')}
    >
      <Typography variant="subtitle2" component="h3">
        {t('deprecation.run.title')}
      </Typography>
      <Box flex="1 1 320px" role="status">
        {run.error && !status ? (
          <LoadError
            what={t('deprecation.run.loadWhat')}
            error={run.error}
            retry={run.retry}
          />
        ) : (
          (status || !run.loading) && <LastRun status={status} />
        )}
      </Box>
      <Button
        variant="outlined"
        size="small"
        color="primary"
        startIcon={running ? <CircularProgress size={14} /> : <SyncIcon />}
        onClick={runNow}
        disabled={running}
      >
        {t('deprecation.run.now')}
      </Button>
    </Box>
  );
}
