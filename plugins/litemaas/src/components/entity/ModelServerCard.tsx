import { LitemaasText, useLitemaasText } from '../../translationText';
import { Entity } from '@backstage/catalog-model';
import { CopyTextButton, InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { LoadError, Loading, MyAccessChips, ToneChip } from '../common';
import { ModelServerInfo, modelServerInfo } from './annotations';
import { Facts, ModelAccessActions, NotRegistered, PolicyFact } from './shared';
import { useLiteMaasModel } from './useLiteMaasModel';

const useStyles = makeStyles(theme => ({
  endpoint: {
    fontFamily: 'monospace',
    wordBreak: 'break-all',
  },
  section: {
    marginTop: theme.spacing(2),
    marginBottom: theme.spacing(1.5),
  },
}));

function ReadinessChip(props: { info: ModelServerInfo }) {
  const { readiness, readyReason, modelState } = props.info;
  const t = useLitemaasText();
  if (readiness === 'ready') {
    return <ToneChip tone="success" label={t('entity.server.ready')} />;
  }
  if (readiness === 'not-ready') {
    return (
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
      >
        <ToneChip
          tone="error"
          label={t('entity.server.notReady')}
          title={readyReason}
        />
        {(readyReason || modelState) && (
          <Typography variant="caption" color="textSecondary">
            {readyReason ??
              t('entity.server.modelState', { state: modelState ?? '' })}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <ToneChip
      tone="neutral"
      label={t('entity.server.unknown')}
      title={t('entity.server.unknownTitle')}
    />
  );
}

function Endpoint(props: { info: ModelServerInfo }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const { endpoint, endpointPredicted } = props.info;
  if (!endpoint) return <>—</>;
  return (
    <>
      <Box display="flex" alignItems="center" style={{ gap: 4 }}>
        <code className={classes.endpoint} data-testid="model-server-endpoint">
          {endpoint}
        </code>
        <CopyTextButton
          text={endpoint}
          aria-label={t('entity.server.copyEndpoint')}
          tooltipText={t('entity.server.endpointCopied')}
        />
      </Box>
      {endpointPredicted && (
        <Typography variant="caption" color="textSecondary" component="div">
          {t('entity.server.predicted')}
        </Typography>
      )}
    </>
  );
}

/** A fact shown as code, or none when there is no value. */
function codeFact(
  label: string,
  value: string | undefined,
): Array<[string, JSX.Element]> {
  return value ? [[label, <code>{value}</code>]] : [];
}

type Translate = LitemaasText;

function gpusText(info: ModelServerInfo, t: Translate): string {
  if (!info.gpus) {
    return info.accelerator ? info.accelerator : t('entity.server.noGpus');
  }
  const per = t('entity.server.gpusPerReplica', { gpus: String(info.gpus) });
  return info.accelerator ? `${per} (${info.accelerator})` : per;
}

/** The LiteMaaS side of the card: policy, the caller's access, actions. */
function LiteMaasAccess(props: {
  entity: Entity;
  name: string;
  endpoint?: string;
}) {
  const { entity, name, endpoint } = props;
  const t = useLitemaasText();
  const { value, loading, error, retry } = useLiteMaasModel(name);
  if (loading && value === undefined) {
    return <Loading label={t('entity.server.loading', { model: name })} />;
  }
  if (error) {
    return (
      <LoadError
        what={t('entity.server.what', { model: name })}
        error={error}
        retry={retry}
      />
    );
  }
  if (!value) {
    return (
      <NotRegistered entity={entity} modelName={name} endpoint={endpoint} />
    );
  }
  const { model } = value;
  return (
    <>
      <Facts
        label={t('entity.server.accessLabel')}
        items={[
          [t('entity.facts.litellmModel'), <code>{model.name}</code>],
          [
            t('entity.facts.accessPolicy'),
            <PolicyFact policy={model.accessPolicy} />,
          ],
          [
            t('entity.facts.yourAccess'),
            <MyAccessChips myAccess={model.myAccess} />,
          ],
          ...(model.available
            ? []
            : ([
                [
                  t('entity.facts.availability'),
                  <ToneChip
                    tone="error"
                    label={t('entity.facts.unavailable')}
                    title={t('entity.facts.unavailableTitle')}
                  />,
                ],
              ] as Array<[string, JSX.Element]>)),
        ]}
      />
      <Box mt={2}>
        <ModelAccessActions model={model} onRequested={retry} />
      </Box>
    </>
  );
}

/**
 * The "Model" card of a model server or AI model: where it answers, whether
 * it is ready, what it runs on, and how to get access through LiteMaaS.
 *
 * @public
 */
export function ModelServerCard() {
  const { entity } = useEntity();
  const classes = useStyles();
  const t = useLitemaasText();
  const info = modelServerInfo(entity);
  return (
    <InfoCard
      title={t('entity.server.title')}
      titleTypographyProps={{ component: 'h2' }}
    >
      <Facts
        label={t('entity.server.label')}
        items={[
          [t('entity.server.endpoint'), <Endpoint info={info} />],
          [t('entity.server.readiness'), <ReadinessChip info={info} />],
          ...(info.modelId
            ? ([
                [t('entity.server.model'), <code>{info.modelId}</code>],
              ] as Array<[string, JSX.Element]>)
            : []),
          [t('entity.server.modelFormat'), info.modelFormat ?? '—'],
          [t('entity.server.runtime'), info.runtime ?? '—'],
          [t('entity.server.replicas'), info.replicas ?? '—'],
          [t('entity.server.gpus'), gpusText(info, t)],
          // Only for InferenceServices that have them.
          ...codeFact(t('entity.server.transformer'), info.transformer),
          ...codeFact(t('entity.server.explainer'), info.explainer),
        ]}
      />
      <Divider className={classes.section} />
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {t('entity.server.accessTitle')}
      </Typography>
      {info.modelName ? (
        <LiteMaasAccess
          entity={entity}
          name={info.modelName}
          endpoint={info.endpoint}
        />
      ) : (
        <NotRegistered entity={entity} endpoint={info.endpoint} />
      )}
    </InfoCard>
  );
}
