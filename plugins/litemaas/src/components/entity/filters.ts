import { Entity } from '@backstage/catalog-model';
import { liteMaasModelName } from './annotations';

/**
 * Model servers (`Component` of type `model-server`, or `AiModelServerAPI`
 * of type `ai-model-server`, the kind of Red Hat Developer Hub's AI model
 * catalog) and the models they serve (`Resource` of type `ai-model`), as the
 * KServe catalog module creates them. Their APIs are left out: they have the
 * API docs tab.
 *
 * @public
 */
export function isModelServerOrAiModel(entity: Entity): boolean {
  const kind = entity.kind?.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  return (
    (kind === 'component' && type === 'model-server') ||
    (kind === 'aimodelserverapi' && type === 'ai-model-server') ||
    (kind === 'resource' && type === 'ai-model')
  );
}

/**
 * Components, Systems and Domains: the entities whose keys' spend (through
 * the Components tied to them) the "AI model spend" card shows.
 *
 * @public
 */
export function isCatalogSpendEntity(entity: Entity): boolean {
  const kind = entity.kind?.toLocaleLowerCase('en-US');
  return kind === 'component' || kind === 'system' || kind === 'domain';
}

/**
 * Model servers and AI models that name their LiteLLM model, so there is
 * LiteMaaS access to show.
 *
 * @public
 */
export function isLiteMaasModelEntity(entity: Entity): boolean {
  return isModelServerOrAiModel(entity) && Boolean(liteMaasModelName(entity));
}
