import { LitemaasText, useLitemaasText } from '../../translationText';
import { ReactNode, useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  AccessRequest,
  ApiKey,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  EntityRefLink,
  KeyStatusChip,
  LoadError,
  Loading,
  ToneChip,
  useLiteMaasPaths,
} from '../common';
import { DeprecationBanner } from '../deprecation';
import { formatEntityRef } from '../format';
import { LocaleFormat } from '../localeFormat';
import { useReasonText } from '../MyAccessPage/reasonText';
import { useLocaleFormat } from '../useLocaleFormat';
import { liteMaasModelName, modelServerInfo } from './annotations';
import {
  Facts,
  ModelAccessActions,
  NotRegistered,
  PolicyFact,
  StatusChip,
} from './shared';
import { useLiteMaasModel } from './useLiteMaasModel';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const H2 = { component: 'h2' } as const;

type Translate = LitemaasText;

/** A time as "3 days ago", with the exact time on hover. */
function When(props: { iso?: string }) {
  const format = useLocaleFormat();
  return (
    <span title={format.dateTime(props.iso)}>
      {format.relativeTime(props.iso)}
    </span>
  );
}

function Empty(props: { children: string }) {
  return (
    <Typography variant="body2" color="textSecondary">
      {props.children}
    </Typography>
  );
}

function byNewest(a: { createdAt: string }, b: { createdAt: string }) {
  return b.createdAt.localeCompare(a.createdAt);
}

function ModelSummary(props: { model: LiteMaasModel; onRequested(): void }) {
  const { model, onRequested } = props;
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (
    <InfoCard title={t('entity.access.summaryTitle')} titleTypographyProps={H2}>
      <DeprecationBanner deprecation={model.deprecation} />
      {model.description && (
        <Box mb={2}>
          <Typography variant="body2">{model.description}</Typography>
        </Box>
      )}
      <Facts
        label={t('entity.access.summaryLabel', { model: model.name })}
        items={[
          [t('entity.facts.litellmModel'), <code>{model.name}</code>],
          [t('entity.facts.providerModel'), model.providerModel],
          [
            t('entity.facts.accessPolicy'),
            <PolicyFact policy={model.accessPolicy} />,
          ],
          [
            t('entity.facts.availability'),
            model.available ? (
              <ToneChip tone="success" label={t('entity.facts.available')} />
            ) : (
              <ToneChip
                tone="error"
                label={t('entity.facts.unavailable')}
                title={t('entity.facts.unavailableTitle')}
              />
            ),
          ],
          [t('entity.facts.inputPrice'), format.price(model.inputPricePer1M)],
          [t('entity.facts.outputPrice'), format.price(model.outputPricePer1M)],
          [t('entity.facts.contextWindow'), format.tokens(model.contextWindow)],
          [t('entity.facts.defaultLimits'), format.limits(model.defaultLimits)],
          [
            t('entity.facts.owner'),
            model.ownerRef ? (
              <EntityRefLink entityRef={model.ownerRef} />
            ) : (
              t('entity.facts.noOwner')
            ),
          ],
        ]}
      />
      <Box mt={2}>
        <ModelAccessActions model={model} onRequested={onRequested} />
      </Box>
    </InfoCard>
  );
}

/** "You" for the caller's own, else the team. */
function forWhom(subjectRef: string, t: Translate) {
  return subjectRef.toLocaleLowerCase('en-US').startsWith('user:')
    ? t('entity.access.you')
    : formatEntityRef(subjectRef);
}

/** One column of a {@link ListCard}'s table. */
interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
}

/**
 * A card listing what was loaded in a small table, or saying that it is
 * loading, failed or found nothing.
 */
function ListCard<T extends { id: string }>(props: {
  title: string;
  deepLink: { title: string; link: string };
  list: { value?: T[]; loading: boolean; error?: unknown; retry(): void };
  /** What the list holds, e.g. "your requests", for the error state. */
  what: string;
  /** What the list says while loading. */
  loading: string;
  empty: string;
  tableLabel: string;
  columns: Column<T>[];
}) {
  const { list, what, columns } = props;
  let body;
  if (list.loading && !list.value) {
    body = <Loading label={props.loading} />;
  } else if (list.error) {
    body = <LoadError what={what} error={list.error} retry={list.retry} />;
  } else if (!list.value?.length) {
    body = <Empty>{props.empty}</Empty>;
  } else {
    body = (
      <TableContainer>
        <Table size="small" aria-label={props.tableLabel}>
          <TableHead>
            <TableRow>
              {columns.map(column => (
                <TableCell key={column.header}>{column.header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.value.map(row => (
              <TableRow key={row.id}>
                {columns.map(column => (
                  <TableCell key={column.header}>{column.cell(row)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }
  return (
    <InfoCard
      title={props.title}
      titleTypographyProps={H2}
      deepLink={props.deepLink}
    >
      {body}
    </InfoCard>
  );
}

function MyRequests(props: { name: string; version: number }) {
  const { name, version } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const reasonText = useReasonText();
  const list = useAsyncRetry(
    async () =>
      (await api.listAccessRequests({ scope: 'mine', model: name })).items
        .slice()
        .sort(byNewest),
    [api, name, version],
  );
  return (
    <ListCard<AccessRequest>
      title={t('entity.access.requestsTitle')}
      deepLink={{ title: t('entity.access.requestsLink'), link: paths.access }}
      list={list}
      what={t('entity.access.requestsWhat')}
      loading={t('entity.access.requestsLoading')}
      empty={t('entity.access.requestsEmpty', { model: name })}
      tableLabel={t('entity.access.requestsLabel', { model: name })}
      columns={[
        {
          header: t('entity.access.columns.status'),
          cell: request => <StatusChip status={request.status} />,
        },
        {
          header: t('entity.access.columns.for'),
          cell: request => forWhom(request.subjectRef, t),
        },
        {
          header: t('entity.access.columns.requested'),
          cell: request => <When iso={request.createdAt} />,
        },
        {
          header: t('entity.access.columns.limits'),
          cell: request => format.limits(request.limits),
        },
        {
          header: t('entity.access.columns.decision'),
          cell: request => decision(request, format, reasonText),
        },
      ]}
    />
  );
}

function decision(
  request: AccessRequest,
  format: LocaleFormat,
  reasonText: (reason: string) => string,
): string {
  if (!request.decidedAt) return '—';
  const who = request.decidedBy ? formatEntityRef(request.decidedBy) : '';
  const reason = request.decisionReason
    ? `: ${reasonText(request.decisionReason)}`
    : '';
  return `${who ? `${who}, ` : ''}${format.relativeTime(
    request.decidedAt,
  )}${reason}`;
}

function MyKeys(props: { name: string }) {
  const { name } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const list = useAsyncRetry(
    async () =>
      (await api.listKeys()).items
        .filter(key => key.models.includes(name))
        .sort(byNewest),
    [api, name],
  );
  return (
    <ListCard<ApiKey>
      title={t('entity.access.keysTitle')}
      deepLink={{ title: t('entity.access.keysLink'), link: paths.keys }}
      list={list}
      what={t('entity.access.keysWhat')}
      loading={t('entity.access.keysLoading')}
      empty={t('entity.access.keysEmpty', { model: name })}
      tableLabel={t('entity.access.keysLabel', { model: name })}
      columns={[
        { header: t('entity.access.columns.name'), cell: key => key.name },
        {
          header: t('entity.access.columns.key'),
          cell: key => <code>{key.prefix ?? '—'}</code>,
        },
        {
          header: t('entity.access.columns.owner'),
          cell: key => forWhom(key.subjectRef, t),
        },
        {
          header: t('entity.access.columns.status'),
          cell: key => <KeyStatusChip status={key.status} />,
        },
        {
          header: t('entity.access.columns.spend'),
          cell: key => format.spend(key.spend),
        },
        {
          header: t('entity.access.columns.expires'),
          cell: key =>
            key.expiresAt ? (
              <When iso={key.expiresAt} />
            ) : (
              t('entity.access.never')
            ),
        },
      ]}
    />
  );
}

function PendingReviews(props: { name: string; version: number }) {
  const { name, version } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const list = useAsyncRetry(
    async () =>
      (await api.listAccessRequests({ scope: 'review', model: name })).items
        // The review queue lists pending requests by default; older states
        // are not for deciding here.
        .filter(request => request.status === 'pending')
        .sort(byNewest),
    [api, name, version],
  );
  return (
    <ListCard<AccessRequest>
      title={
        list.value?.length
          ? t('entity.access.reviewTitleCount', {
              pending: format.count(list.value.length),
            })
          : t('entity.access.reviewTitle')
      }
      deepLink={{ title: t('entity.access.reviewLink'), link: paths.review }}
      list={list}
      what={t('entity.access.reviewWhat')}
      loading={t('entity.access.reviewLoading')}
      empty={t('entity.access.reviewEmpty', { model: name })}
      tableLabel={t('entity.access.reviewLabel', { model: name })}
      columns={[
        {
          header: t('entity.access.columns.requestedBy'),
          cell: request => <EntityRefLink entityRef={request.requestedBy} />,
        },
        {
          header: t('entity.access.columns.for'),
          cell: request => <EntityRefLink entityRef={request.subjectRef} />,
        },
        {
          header: t('entity.access.columns.justification'),
          cell: request => request.justification || '—',
        },
        {
          header: t('entity.access.columns.limits'),
          cell: request => format.limits(request.limits),
        },
        {
          header: t('entity.access.columns.waitingSince'),
          cell: request => <When iso={request.createdAt} />,
        },
      ]}
    />
  );
}

function NotRegisteredCard(props: { entity: Entity; name?: string }) {
  const t = useLitemaasText();
  return (
    <InfoCard title={t('entity.access.tabTitle')} titleTypographyProps={H2}>
      <NotRegistered
        entity={props.entity}
        modelName={props.name}
        endpoint={modelServerInfo(props.entity).endpoint}
      />
    </InfoCard>
  );
}

function ModelAccess(props: { entity: Entity; name: string }) {
  const { entity, name } = props;
  const model = useLiteMaasModel(name);
  // Bumped after a request, so the lists below load again.
  const [version, setVersion] = useState(0);

  if (model.loading && model.value === undefined) return <Progress />;
  if (model.error) {
    return <ErrorWithRetry error={model.error} onRetry={model.retry} />;
  }
  if (!model.value) return <NotRegisteredCard entity={entity} name={name} />;
  const detail = model.value.model;
  const refresh = () => {
    model.retry();
    setVersion(v => v + 1);
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <ModelSummary model={detail} onRequested={refresh} />
      </Grid>
      <Grid item xs={12} md={7}>
        <MyRequests name={name} version={version} />
      </Grid>
      <Grid item xs={12}>
        <MyKeys name={name} />
      </Grid>
      {detail.canReview && (
        <Grid item xs={12}>
          <PendingReviews name={name} version={version} />
        </Grid>
      )}
    </Grid>
  );
}

/**
 * The "AI access" tab of a model server or AI model: the LiteMaaS model it
 * routes to, and the caller's requests and keys for it; reviewers also see
 * what waits for their decision.
 *
 * @public
 */
export function ModelAccessContent() {
  const { entity } = useEntity();
  const name = liteMaasModelName(entity);
  // Apps that show the tab without our filter (legacy apps) may get here
  // without a model name.
  if (!name) return <NotRegisteredCard entity={entity} />;
  return <ModelAccess entity={entity} name={name} />;
}
