import { ReactNode, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  CopyTextButton,
  EmptyState,
  InfoCard,
  Link,
  LinkButton,
  Progress,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  LiteMaasModel,
  capabilityLabel,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { litemaasApiRef } from '../../api';
import {
  AccessPolicyChip,
  AccessPolicyFact,
  AccessStatusChip,
  EntityRefLink,
  errorStatus,
  ownAccess,
  subjectLabel,
  useLiteMaasPaths,
  useRefreshModels,
} from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { RequestAccessDialog } from '../RequestAccessDialog';
import {
  formatDateTime,
  formatDuration,
  formatPricePer1M,
  formatRelativeTime,
  formatTokens,
  formatUsd,
} from '../format';
import { ModelUsageCard } from './ModelUsageCard';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(140px, max-content) 1fr',
    columnGap: theme.spacing(3),
    rowGap: theme.spacing(1.5),
    margin: 0,
    '& dt': {
      color: theme.palette.text.secondary,
      ...theme.typography.body2,
    },
    '& dd': { margin: 0, ...theme.typography.body2 },
  },
  endpoint: {
    fontFamily: 'monospace',
    padding: theme.spacing(1, 1.5),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.default,
    wordBreak: 'break-all',
    flex: 1,
  },
}));

/** A definition list: labels on the left, values on the right. */
function Facts(props: { items: Array<[string, ReactNode]> }) {
  const classes = useStyles();
  return (
    <dl className={classes.list}>
      {props.items.map(([label, value]) => (
        <Box key={label} display="contents">
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </Box>
      ))}
    </dl>
  );
}

/**
 * One model: what it is, what it costs, how to call it, who owns it, and the
 * caller's access to it.
 *
 * @public
 */
export const ModelDetailPage = () => {
  const { name = '' } = useParams();
  const api = useApi(litemaasApiRef);
  const paths = useLiteMaasPaths();
  const refreshModels = useRefreshModels();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getModel(name),
    [api, name],
  );

  const back = (
    <Box mb={2}>
      <LinkButton to={paths.root} startIcon={<ArrowBackIcon />} size="small">
        All models
      </LinkButton>
    </Box>
  );

  if (loading && !value) return <Progress />;
  if (error && !value) {
    if (errorStatus(error) === 404) {
      return (
        <>
          {back}
          <EmptyState
            missing="content"
            title="Model not found"
            description={`There is no model named ${name}, or it is not visible to you.`}
          />
        </>
      );
    }
    return (
      <>
        {back}
        <ErrorWithRetry error={error} onRetry={retry} />
      </>
    );
  }
  if (!value) return null;

  return (
    <>
      {back}
      <ModelDetails
        model={value.model}
        endpointBaseUrl={value.endpointBaseUrl}
        onChanged={() => {
          retry();
          refreshModels();
        }}
      />
    </>
  );
};

function ModelDetails(props: {
  model: LiteMaasModel;
  endpointBaseUrl?: string;
  onChanged(): void;
}) {
  const { model, endpointBaseUrl } = props;
  const classes = useStyles();
  const paths = useLiteMaasPaths();
  const identityApi = useApi(identityApiRef);
  const [requesting, setRequesting] = useState<'self' | 'team'>();
  const hasTeams = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return identity.ownershipEntityRefs.some(r =>
      r.toLocaleLowerCase('en-US').startsWith('group:'),
    );
  }, [identityApi]);
  const mine = ownAccess(model);
  const limits = model.defaultLimits;

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        mb={3}
        style={{ gap: 16 }}
      >
        <Box>
          <Typography variant="h4" component="h1">
            {model.name}
          </Typography>
          <Box display="flex" alignItems="center" mt={1} style={{ gap: 8 }}>
            <AccessPolicyChip policy={model.accessPolicy} />
            {!model.available && (
              <Chip size="small" color="secondary" label="Unavailable" />
            )}
            <Typography variant="body2" color="textSecondary">
              {model.providerModel}
            </Typography>
          </Box>
        </Box>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          {mine ? (
            <>
              <Typography variant="body2">Your access:</Typography>
              <AccessStatusChip status={mine.status} />
              <LinkButton to={paths.access} size="small">
                View in My access
              </LinkButton>
              {hasTeams.value && model.available && (
                <Button
                  variant="outlined"
                  color="primary"
                  onClick={() => setRequesting('team')}
                >
                  Request for a team
                </Button>
              )}
            </>
          ) : (
            <Button
              variant="contained"
              color="primary"
              disabled={!model.available}
              title={
                model.available
                  ? undefined
                  : 'The model is not available in LiteLLM at the moment'
              }
              onClick={() => setRequesting('self')}
            >
              Request access
            </Button>
          )}
        </Box>
      </Box>

      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <InfoCard title="About this model">
            {model.description && (
              <Box mb={2}>
                <Typography variant="body1">{model.description}</Typography>
              </Box>
            )}
            <Facts
              items={[
                ['Provider', model.provider],
                ['Provider model', model.providerModel],
                ['Type', model.mode ?? '—'],
                ['Context window', formatTokens(model.contextWindow)],
                ['Max output', formatTokens(model.maxOutputTokens)],
                [
                  'Input price / 1M tokens',
                  formatPricePer1M(model.inputPricePer1M),
                ],
                [
                  'Output price / 1M tokens',
                  formatPricePer1M(model.outputPricePer1M),
                ],
                [
                  'Capabilities',
                  model.capabilities.length ? (
                    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                      {model.capabilities.map(c => (
                        <Chip
                          key={c}
                          size="small"
                          variant="outlined"
                          label={capabilityLabel(c)}
                        />
                      ))}
                    </Box>
                  ) : (
                    'None listed'
                  ),
                ],
                [
                  'Last seen in LiteLLM',
                  <span title={formatDateTime(model.lastSeenAt)}>
                    {formatRelativeTime(model.lastSeenAt)}
                  </span>,
                ],
              ]}
            />
          </InfoCard>
        </Grid>

        <Grid item xs={12} md={5}>
          <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
            <InfoCard title="Endpoint">
              {endpointBaseUrl ? (
                <>
                  <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                    <code
                      className={classes.endpoint}
                      data-testid="endpoint-url"
                    >
                      {endpointBaseUrl}
                    </code>
                    <CopyTextButton
                      text={endpointBaseUrl}
                      aria-label="Copy endpoint URL"
                      tooltipText="Endpoint URL copied"
                    />
                  </Box>
                  <Box mt={1}>
                    <Typography variant="caption" color="textSecondary">
                      An OpenAI-compatible base URL: send{' '}
                      <code>model: "{model.name}"</code> with a key issued under
                      your access.
                    </Typography>
                  </Box>
                </>
              ) : (
                <Typography variant="body2" color="textSecondary">
                  The gateway URL is not configured; ask your platform team
                  where to send requests.
                </Typography>
              )}
            </InfoCard>

            <InfoCard title="Access">
              <Facts
                items={[
                  [
                    'Access policy',
                    <AccessPolicyFact policy={model.accessPolicy} />,
                  ],
                  [
                    'Owner',
                    model.ownerRef ? (
                      <EntityRefLink entityRef={model.ownerRef} />
                    ) : (
                      'No owner set'
                    ),
                  ],
                  [
                    'Default TPM',
                    limits.tpm !== undefined
                      ? formatTokens(limits.tpm)
                      : 'No limit',
                  ],
                  [
                    'Default RPM',
                    limits.rpm !== undefined ? String(limits.rpm) : 'No limit',
                  ],
                  [
                    'Default budget',
                    limits.maxBudget !== undefined
                      ? `${formatUsd(limits.maxBudget)}${
                          limits.budgetDuration
                            ? ` per ${formatDuration(limits.budgetDuration)}`
                            : ''
                        }`
                      : 'No budget',
                  ],
                  [
                    'Your access',
                    model.myAccess.length ? (
                      <Box
                        display="flex"
                        flexDirection="column"
                        style={{ gap: 4 }}
                      >
                        {model.myAccess.map(a => (
                          <Box
                            key={a.id}
                            display="flex"
                            alignItems="center"
                            style={{ gap: 8 }}
                          >
                            <AccessStatusChip status={a.status} />
                            <span>
                              {subjectLabel(a.subjectRef) === 'Me'
                                ? 'for you'
                                : `for ${subjectLabel(a.subjectRef)}`}
                            </span>
                          </Box>
                        ))}
                        <Link to={paths.access}>Manage in My access</Link>
                      </Box>
                    ) : (
                      'None yet'
                    ),
                  ],
                ]}
              />
            </InfoCard>
          </Box>
        </Grid>

        {model.canReview && (
          <Grid item xs={12}>
            <ModelUsageCard model={model.name} />
          </Grid>
        )}
      </Grid>

      {requesting && (
        <RequestAccessDialog
          open
          model={model}
          forTeam={requesting === 'team'}
          onClose={() => setRequesting(undefined)}
          onRequested={props.onChanged}
        />
      )}
    </>
  );
}
