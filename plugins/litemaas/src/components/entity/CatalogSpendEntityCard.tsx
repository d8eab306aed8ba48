import { ReactNode, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { UsageMetrics } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import { useLitemaasText } from '../../translationText';
import { EntityRefLink, LoadError, Loading, errorStatus } from '../common';
import { formatEntityRef } from '../format';
import { RECENT_DAYS } from '../ModelUsage';
import { presetRange } from '../UsagePage/range';
import { useLocaleFormat } from '../useLocaleFormat';

type SpendKind = 'component' | 'system' | 'domain';

const NUMBER = {
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
} as const;

function SpendTable(props: {
  label: string;
  nameHeader: string;
  rows: Array<UsageMetrics & { key: string; name: ReactNode }>;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>{props.nameHeader}</TableCell>
          <TableCell align="right">{t('entity.spend.tokens')}</TableCell>
          <TableCell align="right">{t('entity.spend.spend')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(row => (
          <TableRow key={row.key}>
            <TableCell>{row.name}</TableCell>
            <TableCell align="right" style={NUMBER}>
              {format.tokens(row.totalTokens)}
            </TableCell>
            <TableCell align="right" style={NUMBER}>
              {format.spend(row.spend)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The "AI model spend" card of a Component, System or Domain: the last 30
 * days' spend and tokens of the keys (and playground sessions) tied to it
 * or to its Components, by Component and by model. Shown to the entity's
 * owners and admins; others read who may see it.
 *
 * @public
 */
export function CatalogSpendEntityCard() {
  const { entity } = useEntity();
  const api = useApi(litemaasApiRef);
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const [range] = useState(() => presetRange(RECENT_DAYS));
  const entityRef = stringifyEntityRef(entity);
  const kind = entity.kind.toLocaleLowerCase('en-US') as SpendKind;
  const days = String(RECENT_DAYS);
  const spend = useAsyncRetry(
    () =>
      api.getCatalogSpend({
        from: range.from,
        to: range.to,
        groupBy: 'component',
        entityRef,
      }),
    [api, range, entityRef],
  );

  let body: ReactNode;
  if (spend.loading && !spend.value) {
    body = <Loading label={t('entity.spend.loading')} />;
  } else if (errorStatus(spend.error) === 403) {
    body = (
      <Alert severity="info">
        <strong>{t('entity.spend.notAllowedTitle')}</strong>
        <Typography variant="body2">
          {t('entity.spend.notAllowed', {
            entity: formatEntityRef(entityRef),
          })}
        </Typography>
      </Alert>
    );
  } else if (spend.error || !spend.value) {
    body = (
      <LoadError
        what={t('entity.spend.what')}
        error={spend.error}
        retry={spend.retry}
      />
    );
  } else if (!spend.value.items.length) {
    body = (
      <>
        <Typography variant="body2" gutterBottom>
          {t(`entity.spend.empty.${kind}` as const, { days })}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('entity.spend.hint')}
        </Typography>
      </>
    );
  } else {
    const { total, items, models = [] } = spend.value;
    body = (
      <>
        <Typography variant="body2" data-testid="catalog-spend-summary">
          <strong>{format.spend(total.spend)}</strong> ·{' '}
          <strong>{format.tokens(total.totalTokens)}</strong>{' '}
          {t('usage.model.tokens')} ·{' '}
          <strong>{format.count(total.requests)}</strong>{' '}
          {t('usage.model.requests')}
        </Typography>
        {kind !== 'component' && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3">
              {t('entity.spend.byComponent')}
            </Typography>
            <SpendTable
              label={t('entity.spend.byComponent')}
              nameHeader={t('entity.spend.component')}
              rows={items.map(row => ({
                ...row,
                key: row.ref,
                name: <EntityRefLink entityRef={row.ref} />,
              }))}
            />
          </Box>
        )}
        {models.length > 0 && (
          <Box mt={2}>
            <Typography variant="subtitle2" component="h3">
              {t('entity.spend.byModel')}
            </Typography>
            <SpendTable
              label={t('entity.spend.byModel')}
              nameHeader={t('entity.spend.model')}
              rows={models.map(row => ({
                ...row,
                key: row.model,
                name: row.model,
              }))}
            />
          </Box>
        )}
      </>
    );
  }
  return (
    <InfoCard
      title={t('entity.spend.title')}
      subheader={
        kind === 'component'
          ? t('entity.spend.subheaderComponent', { days })
          : t('entity.spend.subheader', { days })
      }
      titleTypographyProps={{ component: 'h2' }}
    >
      {body}
    </InfoCard>
  );
}
