import { useState } from 'react';
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
  AccessPolicyChip,
  AccessStatusChip,
  EntityRefLink,
  KeyStatusChip,
  LoadError,
  Loading,
  ToneChip,
  policyExplanation,
  subjectLabel,
  useLiteMaasPaths,
} from '../common';
import {
  formatDateTime,
  formatEntityRef,
  formatLimits,
  formatPricePer1M,
  formatRelativeTime,
  formatTokens,
  formatUsd,
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
          [
            'Access policy',
            <>
              <AccessPolicyChip policy={model.accessPolicy} />
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                {policyExplanation(model.accessPolicy)}
              </Typography>
            </>,
          ],
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

function MyRequests(props: { name: string; version: number }) {
  const { name, version } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const { value, loading, error, retry } = useAsyncRetry(
    async () =>
      (await api.listAccessRequests({ scope: 'mine', model: name })).items
        .slice()
        .sort(byNewest),
    [api, name, version],
  );
  let body;
  if (loading && !value) {
    body = <Loading label="Loading your requests" />;
  } else if (error) {
    body = <LoadError what="your requests" error={error} retry={retry} />;
  } else if (!value?.length) {
    body = (
      <Empty>{`Neither you nor your teams have asked for access to ${name}.`}</Empty>
    );
  } else {
    body = (
      <TableContainer>
        <Table size="small" aria-label={`My requests for ${name}`}>
          <TableHead>
            <TableRow>
              <TableCell>Status</TableCell>
              <TableCell>For</TableCell>
              <TableCell>Requested</TableCell>
              <TableCell>Limits</TableCell>
              <TableCell>Decision</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.map(request => (
              <TableRow key={request.id}>
                <TableCell>
                  <AccessStatusChip status={request.status} />
                </TableCell>
                <TableCell>{forWhom(request.subjectRef)}</TableCell>
                <TableCell>
                  <When iso={request.createdAt} />
                </TableCell>
                <TableCell>{formatLimits(request.limits)}</TableCell>
                <TableCell>{decision(request)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }
  return (
    <InfoCard
      title="My requests and grants"
      titleTypographyProps={H2}
      deepLink={{ title: 'Manage in My access', link: paths.access }}
    >
      {body}
    </InfoCard>
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
  const { value, loading, error, retry } = useAsyncRetry(
    async () =>
      (await api.listKeys()).items
        .filter(key => key.models.includes(name))
        .sort(byNewest),
    [api, name],
  );
  let body;
  if (loading && !value) {
    body = <Loading label="Loading your API keys" />;
  } else if (error) {
    body = <LoadError what="your API keys" error={error} retry={retry} />;
  } else if (!value?.length) {
    body = <Empty>{`None of your API keys include ${name}.`}</Empty>;
  } else {
    body = (
      <TableContainer>
        <Table size="small" aria-label={`My API keys for ${name}`}>
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Key</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Spend</TableCell>
              <TableCell>Expires</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.map((key: ApiKey) => (
              <TableRow key={key.id}>
                <TableCell>{key.name}</TableCell>
                <TableCell>
                  <code>{key.prefix ?? '—'}</code>
                </TableCell>
                <TableCell>{forWhom(key.subjectRef)}</TableCell>
                <TableCell>
                  <KeyStatusChip status={key.status} />
                </TableCell>
                <TableCell>
                  {formatUsd(Math.round(key.spend * 100) / 100)}
                </TableCell>
                <TableCell>
                  {key.expiresAt ? <When iso={key.expiresAt} /> : 'Never'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }
  return (
    <InfoCard
      title="My API keys"
      titleTypographyProps={H2}
      deepLink={{ title: 'Manage in API keys', link: paths.keys }}
    >
      {body}
    </InfoCard>
  );
}

function PendingReviews(props: { name: string; version: number }) {
  const { name, version } = props;
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const { value, loading, error, retry } = useAsyncRetry(
    async () =>
      (await api.listAccessRequests({ scope: 'review', model: name })).items
        // The review queue lists pending requests by default; older states
        // are not for deciding here.
        .filter(request => request.status === 'pending')
        .sort(byNewest),
    [api, name, version],
  );
  let body;
  if (loading && !value) {
    body = <Loading label="Loading pending requests" />;
  } else if (error) {
    body = <LoadError what="pending requests" error={error} retry={retry} />;
  } else if (!value?.length) {
    body = <Empty>{`No requests for ${name} are waiting for review.`}</Empty>;
  } else {
    body = (
      <TableContainer>
        <Table size="small" aria-label={`Pending requests for ${name}`}>
          <TableHead>
            <TableRow>
              <TableCell>Requested by</TableCell>
              <TableCell>For</TableCell>
              <TableCell>Justification</TableCell>
              <TableCell>Limits</TableCell>
              <TableCell>Waiting since</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.map(request => (
              <TableRow key={request.id}>
                <TableCell>
                  <EntityRefLink entityRef={request.requestedBy} />
                </TableCell>
                <TableCell>
                  <EntityRefLink entityRef={request.subjectRef} />
                </TableCell>
                <TableCell>{request.justification || '—'}</TableCell>
                <TableCell>{formatLimits(request.limits)}</TableCell>
                <TableCell>
                  <When iso={request.createdAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }
  return (
    <InfoCard
      title={
        value?.length ? `Pending review (${value.length})` : 'Pending review'
      }
      titleTypographyProps={H2}
      deepLink={{ title: 'Open the review queue', link: paths.review }}
    >
      {body}
    </InfoCard>
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
