import { Entity } from '@backstage/catalog-model';
import { CopyTextButton, InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  AccessPolicyFact,
  LoadError,
  Loading,
  MyAccessChips,
  ToneChip,
} from '../common';
import { ModelServerInfo, modelServerInfo } from './annotations';
import { Facts, ModelAccessActions, NotRegistered } from './shared';
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
  if (readiness === 'ready') return <ToneChip tone="success" label="Ready" />;
  if (readiness === 'not-ready') {
    return (
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
      >
        <ToneChip tone="error" label="Not ready" title={readyReason} />
        {(readyReason || modelState) && (
          <Typography variant="caption" color="textSecondary">
            {readyReason ?? `Model state: ${modelState}`}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <ToneChip
      tone="neutral"
      label="Unknown"
      title="KServe has not reported whether the server is ready"
    />
  );
}

function Endpoint(props: { info: ModelServerInfo }) {
  const classes = useStyles();
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
          aria-label="Copy endpoint URL"
          tooltipText="Endpoint URL copied"
        />
      </Box>
      {endpointPredicted && (
        <Typography variant="caption" color="textSecondary" component="div">
          Derived from the service name: KServe has not reported a URL.
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

function gpusText(info: ModelServerInfo): string {
  if (!info.gpus) return info.accelerator ? info.accelerator : 'None';
  const per = `${info.gpus} per replica`;
  return info.accelerator ? `${per} (${info.accelerator})` : per;
}

/** The LiteMaaS side of the card: policy, the caller's access, actions. */
function LiteMaasAccess(props: {
  entity: Entity;
  name: string;
  endpoint?: string;
}) {
  const { entity, name, endpoint } = props;
  const { value, loading, error, retry } = useLiteMaasModel(name);
  if (loading && value === undefined) {
    return <Loading label={`Loading ${name} from LiteMaaS`} />;
  }
  if (error) {
    return (
      <LoadError what={`${name} from LiteMaaS`} error={error} retry={retry} />
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
        label="LiteMaaS access"
        items={[
          ['LiteLLM model', <code>{model.name}</code>],
          ['Access policy', <AccessPolicyFact policy={model.accessPolicy} />],
          ['Your access', <MyAccessChips myAccess={model.myAccess} />],
          ...(model.available
            ? []
            : ([
                [
                  'Availability',
                  <ToneChip
                    tone="error"
                    label="Unavailable"
                    title="The model is not in LiteLLM at the moment"
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
  const info = modelServerInfo(entity);
  return (
    <InfoCard title="Model" titleTypographyProps={{ component: 'h2' }}>
      <Facts
        label="Model server"
        items={[
          ['Endpoint', <Endpoint info={info} />],
          ['Readiness', <ReadinessChip info={info} />],
          ...(info.modelId
            ? ([['Model', <code>{info.modelId}</code>]] as Array<
                [string, JSX.Element]
              >)
            : []),
          ['Model format', info.modelFormat ?? '—'],
          ['Runtime', info.runtime ?? '—'],
          ['Replicas', info.replicas ?? '—'],
          ['GPUs', gpusText(info)],
          // Only for InferenceServices that have them.
          ...codeFact('Transformer', info.transformer),
          ...codeFact('Explainer', info.explainer),
        ]}
      />
      <Divider className={classes.section} />
      <Typography variant="subtitle2" component="h3" gutterBottom>
        Access through LiteMaaS
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
