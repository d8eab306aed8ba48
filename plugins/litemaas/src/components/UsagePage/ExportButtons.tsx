import { useLitemaasText } from '../../translationText';
import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  UsageExportFormat,
  UsageQuery,
} from '@litemaas/backstage-plugin-litemaas-common';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';

const FORMATS: UsageExportFormat[] = ['csv', 'json'];

/**
 * Has the browser download a URL: the server names the file, and streams it
 * straight to disk rather than into the page's memory.
 */
function startDownload(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * "Export CSV" and "Export JSON": the daily rows of a view (its range and
 * scope), streamed by the backend.
 */
export function ExportButtons(props: {
  query: UsageQuery;
  disabled?: boolean;
}) {
  const api = useApi(litemaasApiRef);
  const alertApi = useApi(alertApiRef);
  const t = useLitemaasText();
  const [busy, setBusy] = useState<UsageExportFormat>();

  const download = async (format: UsageExportFormat) => {
    setBusy(format);
    try {
      startDownload(await api.getUsageExportUrl(props.query, format));
    } catch (e) {
      alertApi.post({
        message: t('usage.export.failed', {
          format: format.toLocaleUpperCase('en-US'),
          error: errorMessage(e),
        }),
        severity: 'error',
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {FORMATS.map(format => (
        <Button
          key={format}
          variant="outlined"
          size="small"
          startIcon={
            busy === format ? <CircularProgress size={16} /> : <GetAppIcon />
          }
          disabled={props.disabled || busy !== undefined}
          onClick={() => download(format)}
        >
          {t('usage.export.button', {
            format: format.toLocaleUpperCase('en-US'),
          })}
        </Button>
      ))}
    </>
  );
}
