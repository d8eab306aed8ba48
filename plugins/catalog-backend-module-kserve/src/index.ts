/**
 * Catalog module: KServe InferenceServices and LLMInferenceServices as
 * catalog entities.
 *
 * @packageDocumentation
 */
export { catalogModuleKserve as default } from './module';
export {
  BaseKServeProvider,
  createKServeEntityProviders,
  KServeClusterEntityProvider,
  KServeManifestEntityProvider,
  readKServeSourceConfigs,
} from './providers';
export type {
  ClusterProviderTuning,
  EntityDefaults,
  KServeSourceConfig,
  KubernetesSourceConfig,
  ManifestSourceConfig,
} from './providers';
export {
  AiModelServerApiEntityProcessor,
  aiModelServerApiSchema,
  isAiModelServerApiEntity,
  ModelLifecycleProcessor,
  ModelLifecycleSource,
  readModelLifecycleConfig,
} from './processor';
export type {
  AiModelServerApiEntity,
  ModelLifecycleConfig,
  ModelLifecycleInfo,
  ModelLifecycleSourceOptions,
} from './processor';
export {
  AI_MODEL_SERVER_KIND,
  AI_MODEL_SERVER_TYPE,
  KSERVE_ANNOTATIONS,
  KUBERNETES_ANNOTATIONS,
  KServeObjectError,
  EntityState,
  entityName,
  inspectModelServer,
  kserveObjectToEntities,
  modelServerToEntities,
  objectKey,
  parseManifest,
} from './transform';
export type {
  EntityContext,
  EntityShape,
  KServeObject,
  ModelServer,
  SourceObject,
  TransformResult,
} from './transform';
