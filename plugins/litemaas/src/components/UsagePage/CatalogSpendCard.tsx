import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  CatalogSpendGroupBy,
  CatalogSpendRow,
  UsageRow,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common/errors';
import { useLitemaasText } from '../../translationText';
import { DownloadButtons } from '../common/DownloadButtons';
import { EntityRefLink } from '../common';
import { UsageBreakdownTable } from './UsageBreakdownTable';

const GROUPINGS: CatalogSpendGroupBy[] = ['component', 'system', 'domain'];

/**
 * Spend where the money goes: the usage of keys tied to catalog
 * Components, per Component, System or Domain, over the page's range.
 * Admins see every Component (and may export the FOCUS dataset); others
 * the Components they or their teams own.
 */
export function CatalogSpendCard(props: {
  range: { from: string; to: string };
  isAdmin: boolean;
  /** Bumped after a usage sync, to read again. */
  version?: number;
}) {
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const [groupBy, setGroupBy] = useState<CatalogSpendGroupBy>('component');
  const { from, to } = props.range;
  const spend = useAsync(
    () => api.getCatalogSpend({ from, to, groupBy }),
    [api, from, to, groupBy, props.version],
  );
  const label = (group: CatalogSpendGroupBy) =>
    t(`usage.catalog.groupBy.${group}` as const);
  const rows: Array<UsageRow & { row: CatalogSpendRow }> = (
    spend.value?.items ?? []
  ).map(row => ({ ...row, group: row.ref, row }));

  let body;
  if (spend.loading) body = <Progress />;
  else if (spend.error) {
    body = (
      <Typography color="error" role="alert">
        {t('usage.catalog.failed', { error: errorMessage(spend.error) })}
      </Typography>
    );
  } else {
    body = (
      <UsageBreakdownTable
        label={t('usage.catalog.tableLabel', { group: label(groupBy) })}
        nameHeader={label(groupBy)}
        rows={rows}
        last="share"
        emptyText={t('usage.catalog.empty')}
        renderName={row => {
          const { ref, parentRef } = (row as (typeof rows)[number]).row;
          if (ref === 'none') {
            return <em>{t(`usage.catalog.none.${groupBy}` as const)}</em>;
          }
          return (
            <>
              <EntityRefLink entityRef={ref} />
              {parentRef && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  <EntityRefLink entityRef={parentRef} />
                </Typography>
              )}
            </>
          );
        }}
      />
    );
  }

  return (
    <InfoCard
      title={t('usage.catalog.title')}
      subheader={
        props.isAdmin
          ? t('usage.catalog.subheaderAll')
          : t('usage.catalog.subheaderOwned')
      }
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        mb={1}
        style={{ gap: 8 }}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          value={groupBy}
          onChange={(_, next: CatalogSpendGroupBy | null) =>
            next && setGroupBy(next)
          }
          aria-label={t('usage.catalog.groupBy.label')}
        >
          {GROUPINGS.map(group => (
            <ToggleButton key={group} value={group}>
              {label(group)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {props.isAdmin && (
          // The two buttons side by side, at the end of the row.
          <Box display="flex" style={{ gap: 8 }}>
            <DownloadButtons
              exportUrl={format => api.getFocusExportUrl({ from, to }, format)}
              label={format => t('usage.catalog.export.button', { format })}
              failed={(format, error) =>
                t('usage.catalog.export.failed', { format, error })
              }
            />
          </Box>
        )}
      </Box>
      {body}
    </InfoCard>
  );
}
