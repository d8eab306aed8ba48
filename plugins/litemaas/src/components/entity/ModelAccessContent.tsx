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
  AccessPolicyFact,
  AccessStatusChip,
  EntityRefLink,
  KeyStatusChip,
  LoadError,
  Loading,
  ToneChip,
  subjectLabel,
  useLiteMaasPaths,
} from '../common';
import {
  formatDateTime,
  formatEntityRef,
  formatLimits,
  formatPricePer1M,
  formatRelativeTime,
  formatSpend,
  formatTokens,
} from '../format';
import { liteMaasModelName, modelServerInfo } from './annotations';
import { Facts, ModelAccessActions, NotRegistered } from './shared';
import { useLiteMaasModel } from './useLiteMaasModel';
import { ErrorWithRetry } from '../common/ErrorWithRetry';

const H2 = { component: 'h2' } as const;

/** A time as "3 days ago", with the exact time on hover. */
function When(props: { iso?: string }) {
  return (
    <span title={formatDateTime(props.iso)}>
      {formatRelativeTime(props.iso)}
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
  return (
    <InfoCard title="Model in LiteMaaS" titleTypographyProps={H2}>
      {model.description && (
        <Box mb={2}>
          <Typography variant="body2">{model.description}</Typography>
        </Box>
      )}
      <Facts
        label={`${model.name} in LiteMaaS`}
        items={[
          ['LiteLLM model', <code>{model.name}</code>],
          ['Provider model', model.providerModel],
          ['Access policy', <AccessPolicyFact policy={model.accessPolicy} />],
          [
            'Availability',
            model.available ? (
              <ToneChip tone="success" label="Available" />
            ) : (
              <ToneChip
                tone="error"
                label="Unavailable"
                title="The model is not in LiteLLM at the moment"
              />
            ),
          ],
          ['Input price / 1M tokens', formatPricePer1M(model.inputPricePer1M)],
          [
            'Output price / 1M tokens',
            formatPricePer1M(model.outputPricePer1M),
          ],
          ['Context window', formatTokens(model.contextWindow)],
          ['Default limits', formatLimits(model.defaultLimits)],
          [
            'Owner',
            model.ownerRef ? (
              <EntityRefLink entityRef={model.ownerRef} />
            ) : (
              'No owner set'
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

function forWhom(subjectRef: string) {
  const who = subjectLabel(subjectRef);
  return who === 'Me' ? 'You' : who;
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
  /** What the list holds, e.g. "your requests", for the loading and error states. */
  what: string;
  empty: string;
  tableLabel: string;
  columns: Column<T>[];
}) {
  const { list, what, columns } = props;
  let body;
  if (list.loading && !list.value) {
    body = <Loading label={`Loading ${what}`} />;
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
  const list = useAsyncRetry(
    async () =>
      (await api.listAccessRequests({ scope: 'mine', model: name })).items
        .slice()
        .sort(byNewest),
    [api, name, version],
  );
  return (
    <ListCard<AccessRequest>
      title="My requests and grants"
      deepLink={{ title: 'Manage in My access', link: paths.access }}
      list={list}
      what="your requests"
      empty={`Neither you nor your teams have asked for access to ${name}.`}
      tableLabel={`My requests for ${name}`}
      columns={[
        {
          header: 'Status',
          cell: request => <AccessStatusChip status={request.status} />,
        },
        { header: 'For', cell: request => forWhom(request.subjectRef) },
        {
          header: 'Requested',
          cell: request => <When iso={request.createdAt} />,
        },
        { header: 'Limits', cell: request => formatLimits(request.limits) },
        { header: 'Decision', cell: decision },
      ]}
    />
  );
}

function decision(request: AccessRequest): string {
  if (!request.decidedAt) return '—';
  const who = request.decidedBy ? formatEntityRef(request.decidedBy) : '';
  const reason = request.decisionReason ? `: ${request.decisionReason}` : '';
  return `${who ? `${who}, ` : ''}${formatRelativeTime(
    request.decidedAt,
  )}${reason}`;
}

function MyKeys(props: { name: string }) {
  const { name } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const list = useAsyncRetry(
    async () =>
      (await api.listKeys()).items
        .filter(key => key.models.includes(name))
        .sort(byNewest),
    [api, name],
  );
  return (
    <ListCard<ApiKey>
      title="My API keys"
      deepLink={{ title: 'Manage in API keys', link: paths.keys }}
      list={list}
      what="your API keys"
      empty={`None of your API keys include ${name}.`}
      tableLabel={`My API keys for ${name}`}
      columns={[
        { header: 'Name', cell: key => key.name },
        { header: 'Key', cell: key => <code>{key.prefix ?? '—'}</code> },
        { header: 'Owner', cell: key => forWhom(key.subjectRef) },
        {
          header: 'Status',
          cell: key => <KeyStatusChip status={key.status} />,
        },
        {
          header: 'Spend',
          cell: key => formatSpend(key.spend),
        },
        {
          header: 'Expires',
          cell: key => (key.expiresAt ? <When iso={key.expiresAt} /> : 'Never'),
        },
      ]}
    />
  );
}

function PendingReviews(props: { name: string; version: number }) {
  const { name, version } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
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
          ? `Pending review (${list.value.length})`
          : 'Pending review'
      }
      deepLink={{ title: 'Open the review queue', link: paths.review }}
      list={list}
      what="pending requests"
      empty={`No requests for ${name} are waiting for review.`}
      tableLabel={`Pending requests for ${name}`}
      columns={[
        {
          header: 'Requested by',
          cell: request => <EntityRefLink entityRef={request.requestedBy} />,
        },
        {
          header: 'For',
          cell: request => <EntityRefLink entityRef={request.subjectRef} />,
        },
        {
          header: 'Justification',
          cell: request => request.justification || '—',
        },
        { header: 'Limits', cell: request => formatLimits(request.limits) },
        {
          header: 'Waiting since',
          cell: request => <When iso={request.createdAt} />,
        },
      ]}
    />
  );
}

function NotRegisteredCard(props: { entity: Entity; name?: string }) {
  return (
    <InfoCard title="AI access" titleTypographyProps={H2}>
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
