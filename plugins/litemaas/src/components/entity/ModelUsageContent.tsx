import { useLitemaasText } from '../../translationText';
import { Entity } from '@backstage/catalog-model';
import { InfoCard, WarningPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { errorStatus } from '../common';
import {
  ModelConsumersTable,
  isNotAllowed,
  useModelUsage,
} from '../ModelUsage';
import { useUsageRange } from '../UsagePage/RangePicker';
import { UsageBody, UsageToolbar } from '../UsagePage/UsageLayout';
import { liteMaasModelName, modelServerInfo } from './annotations';
import { NotRegistered } from './shared';

function NotRegisteredCard(props: { entity: Entity; model?: string }) {
  const t = useLitemaasText();
  return (
    <InfoCard
      title={t('entity.usage.title')}
      titleTypographyProps={{ component: 'h2' }}
    >
      <NotRegistered
        entity={props.entity}
        modelName={props.model}
        endpoint={modelServerInfo(props.entity).endpoint}
      />
    </InfoCard>
  );
}

function ModelUsageView(props: { entity: Entity; model: string }) {
  const { entity, model } = props;
  const t = useLitemaasText();
  const rangeState = useUsageRange();
  const { range, problem } = rangeState;
  const usage = useModelUsage(model, problem ? undefined : range, {
    consumers: true,
  });

  if (isNotAllowed(usage.error)) {
    return (
      <WarningPanel
        severity="info"
        title={t('entity.usage.notAllowedTitle')}
        message={t('entity.usage.notAllowed', { model })}
      />
    );
  }
  if (errorStatus(usage.error) === 404) {
    return <NotRegisteredCard entity={entity} model={model} />;
  }
  return (
    <>
      <UsageToolbar
        idPrefix="litemaas-model-usage"
        range={rangeState}
        query={{ ...range, scope: 'model', model }}
        loading={usage.loading}
        onReload={usage.retry}
      />
      <UsageBody
        problem={problem}
        usage={usage}
        empty={{
          title: t('entity.usage.emptyTitle'),
          description: t('entity.usage.empty', { model }),
        }}
      >
        {view => (
          <Grid item xs={12}>
            <InfoCard
              title={t('usage.model.byConsumer')}
              subheader={t('usage.breakdown.consumersSubheader')}
            >
              <ModelConsumersTable rows={view.consumers} />
            </InfoCard>
          </Grid>
        )}
      </UsageBody>
    </>
  );
}

/**
 * The "Usage" tab of a model server or AI model, for the model's owners and
 * admins: totals against the period before, spend and tokens per day, and
 * usage by user and team with error rates over a chosen range, with exports.
 *
 * @public
 */
export function ModelUsageContent() {
  const { entity } = useEntity();
  const model = liteMaasModelName(entity);
  // Apps that show the tab without our filter (legacy apps) may get here
  // without a model name.
  if (!model) return <NotRegisteredCard entity={entity} />;
  return <ModelUsageView entity={entity} model={model} />;
}
