import { useLitemaasText } from '../../translationText';
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
  AccessStatusChip,
  EntityRefLink,
  ToneChip,
  errorStatus,
  ownAccess,
  isUserRef,
  subjectLabel,
  useLiteMaasPaths,
  usePolicyText,
  useRefreshModels,
} from '../common';
import { ErrorWithRetry } from '../common/ErrorWithRetry';
import { RequestAccessDialog } from '../RequestAccessDialog';
import { useLocaleFormat } from '../useLocaleFormat';
import { ModelUsageCard } from './ModelUsageCard';
import { ModelPlayground } from '../Playground';
import { ApprovalRulesDialog } from '../ManageModelsPage/ApprovalRulesDialog';
import { DeprecationBanner, DeprecationChip } from '../deprecation';

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

/** Capabilities the plugin has words for; others show LiteLLM's label. */
const KNOWN_CAPABILITIES = [
  'vision',
  'function_calling',
  'response_schema',
  'reasoning',
  'prompt_caching',
  'audio_input',
  'pdf_input',
] as const;

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
  const t = useLitemaasText();
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
        {t('modelDetail.back')}
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
            title={t('modelDetail.notFound.title')}
            description={t('modelDetail.notFound.description', { name })}
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
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const policyText = usePolicyText();
  const capabilityName = (id: string): string => {
    const known = KNOWN_CAPABILITIES.find(c => c === id);
    return known ? t(`capabilities.${known}`) : capabilityLabel(id);
  };
  const classes = useStyles();
  const paths = useLiteMaasPaths();
  const identityApi = useApi(identityApiRef);
  const [requesting, setRequesting] = useState<'self' | 'team'>();
  // Owners keep their model's approval rules here (admins in Manage models too).
  const [editingRules, setEditingRules] = useState(false);
  const hasTeams = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return identity.ownershipEntityRefs.some(r =>
      r.toLocaleLowerCase('en-US').startsWith('group:'),
    );
  }, [identityApi]);
  const mine = ownAccess(model);
  const retired = model.deprecation?.state === 'retired';
  // Why access cannot be asked for, when it cannot.
  let requestBlocked: string | undefined;
  if (retired && model.deprecation) {
    requestBlocked = t('deprecation.request.disabled', {
      date: format.date(model.deprecation.retireAt),
    });
  } else if (!model.available) {
    requestBlocked = t('modelDetail.notAvailable');
  }
  const limits = model.defaultLimits;
  // Only a model that limits how long grants last says so.
  const grantLength: Array<[string, ReactNode]> = model.maxGrantDays
    ? [
        [
          t('modelDetail.facts.grantLength'),
          t('modelDetail.maxGrantDays', {
            days: format.count(model.maxGrantDays),
          }),
        ],
      ]
    : [];
  // "$20 per 30 days", or the amount alone when it never resets.
  const budgetText = (amount: number, period?: string) =>
    period
      ? format.limits({ maxBudget: amount, budgetDuration: period })
      : format.usd(amount);

  return (
    <>
      <DeprecationBanner
        deprecation={model.deprecation}
        campaignLink={
          model.canReview ? paths.deprecations(model.name) : undefined
        }
      />
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
            <DeprecationChip deprecation={model.deprecation} />
            {!model.available && (
              // Red on its tint: the theme's secondary chip is too pale to read.
              <ToneChip tone="error" label={t('modelDetail.unavailable')} />
            )}
            <Typography variant="body2" color="textSecondary">
              {model.providerModel}
            </Typography>
          </Box>
        </Box>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          {model.canReview && model.accessPolicy !== 'open' && (
            <Button variant="outlined" onClick={() => setEditingRules(true)}>
              {t('rules.action')}
            </Button>
          )}
          {mine ? (
            <>
              <Typography variant="body2">
                {t('modelDetail.yourAccessLabel')}
              </Typography>
              <AccessStatusChip status={mine.status} />
              <LinkButton to={paths.access} size="small">
                {t('modelDetail.viewInMyAccess')}
              </LinkButton>
              {hasTeams.value && model.available && !retired && (
                <Button
                  variant="outlined"
                  color="primary"
                  onClick={() => setRequesting('team')}
                >
                  {t('modelDetail.requestForTeam')}
                </Button>
              )}
            </>
          ) : (
            // A disabled button shows no tooltip: its reason sits under it.
            <Box display="flex" flexDirection="column" alignItems="flex-end">
              <Button
                variant="contained"
                color="primary"
                disabled={Boolean(requestBlocked)}
                title={requestBlocked}
                aria-describedby={
                  retired ? 'litemaas-request-blocked' : undefined
                }
                onClick={() => setRequesting('self')}
              >
                {t('modelDetail.requestAccess')}
              </Button>
              {retired && (
                <Typography
                  id="litemaas-request-blocked"
                  variant="caption"
                  color="textSecondary"
                >
                  {requestBlocked}
                </Typography>
              )}
            </Box>
          )}
        </Box>
      </Box>

      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <InfoCard title={t('modelDetail.about')}>
            {model.description && (
              <Box mb={2}>
                <Typography variant="body1">{model.description}</Typography>
              </Box>
            )}
            <Facts
              items={[
                [t('modelDetail.facts.provider'), model.provider],
                [t('modelDetail.facts.providerModel'), model.providerModel],
                [t('modelDetail.facts.type'), model.mode ?? '—'],
                [
                  t('modelDetail.facts.contextWindow'),
                  format.tokens(model.contextWindow),
                ],
                [
                  t('modelDetail.facts.maxOutput'),
                  format.tokens(model.maxOutputTokens),
                ],
                [
                  t('modelDetail.facts.inputPrice'),
                  format.price(model.inputPricePer1M),
                ],
                [
                  t('modelDetail.facts.outputPrice'),
                  format.price(model.outputPricePer1M),
                ],
                [
                  t('modelDetail.facts.capabilities'),
                  model.capabilities.length ? (
                    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                      {model.capabilities.map(c => (
                        <Chip
                          key={c}
                          size="small"
                          variant="outlined"
                          label={capabilityName(c)}
                        />
                      ))}
                    </Box>
                  ) : (
                    t('modelDetail.noCapabilities')
                  ),
                ],
                [
                  t('modelDetail.facts.lastSeen'),
                  <span title={format.dateTime(model.lastSeenAt)}>
                    {format.relativeTime(model.lastSeenAt)}
                  </span>,
                ],
              ]}
            />
          </InfoCard>
        </Grid>

        <Grid item xs={12} md={5}>
          <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
            <InfoCard title={t('modelDetail.endpoint')}>
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
                      aria-label={t('modelDetail.copyEndpoint')}
                      tooltipText={t('modelDetail.endpointCopied')}
                    />
                  </Box>
                  <Box mt={1}>
                    <Typography variant="caption" color="textSecondary">
                      {t('modelDetail.endpointHelpBefore')}{' '}
                      <code>model: "{model.name}"</code>{' '}
                      {t('modelDetail.endpointHelpAfter')}
                    </Typography>
                  </Box>
                </>
              ) : (
                <Typography variant="body2" color="textSecondary">
                  {t('modelDetail.noEndpoint')}
                </Typography>
              )}
            </InfoCard>

            <InfoCard title={t('modelDetail.access')}>
              <Facts
                items={[
                  [
                    t('modelDetail.facts.accessPolicy'),
                    <>
                      <AccessPolicyChip policy={model.accessPolicy} />
                      <Typography
                        variant="caption"
                        color="textSecondary"
                        component="div"
                      >
                        {policyText.explanation(model.accessPolicy)}
                      </Typography>
                    </>,
                  ],
                  [
                    t('modelDetail.facts.owner'),
                    model.ownerRef ? (
                      <EntityRefLink entityRef={model.ownerRef} />
                    ) : (
                      t('modelDetail.noOwner')
                    ),
                  ],
                  [
                    t('modelDetail.facts.defaultTpm'),
                    limits.tpm !== undefined
                      ? format.tokens(limits.tpm)
                      : t('modelDetail.noLimit'),
                  ],
                  [
                    t('modelDetail.facts.defaultRpm'),
                    limits.rpm !== undefined
                      ? format.count(limits.rpm)
                      : t('modelDetail.noLimit'),
                  ],
                  [
                    t('modelDetail.facts.defaultBudget'),
                    limits.maxBudget !== undefined
                      ? budgetText(limits.maxBudget, limits.budgetDuration)
                      : t('modelDetail.noBudget'),
                  ],
                  ...grantLength,
                  [
                    t('modelDetail.facts.yourAccess'),
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
                              {isUserRef(a.subjectRef)
                                ? t('modelDetail.forYou')
                                : t('modelDetail.forTeam', {
                                    team: subjectLabel(a.subjectRef, t),
                                  })}
                            </span>
                          </Box>
                        ))}
                        <Link to={paths.access}>
                          {t('modelDetail.manageInMyAccess')}
                        </Link>
                      </Box>
                    ) : (
                      t('modelDetail.noneYet')
                    ),
                  ],
                ]}
              />
            </InfoCard>
          </Box>
        </Grid>

        <ModelPlayground model={model} gridItem />

        {model.canReview && (
          <Grid item xs={12}>
            <ModelUsageCard model={model.name} />
          </Grid>
        )}
      </Grid>

      <ApprovalRulesDialog
        open={editingRules}
        model={model}
        onClose={() => setEditingRules(false)}
      />
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
