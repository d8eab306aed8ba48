import { useLitemaasText } from '../../translationText';
import { useApi } from '@backstage/frontend-plugin-api';
import { UsageQuery } from '@litemaas/backstage-plugin-litemaas-common';
import { litemaasApiRef } from '../../api';
import { DownloadButtons } from '../common/DownloadButtons';

/**
 * "Export CSV" and "Export JSON": the daily rows of a view (its range and
 * scope), streamed by the backend.
 */
export function ExportButtons(props: {
  query: UsageQuery;
  disabled?: boolean;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  return (
    <DownloadButtons
      exportUrl={format => api.getUsageExportUrl(props.query, format)}
      label={format => t('usage.export.button', { format })}
      failed={(format, error) => t('usage.export.failed', { format, error })}
      disabled={props.disabled}
    />
  );
}
