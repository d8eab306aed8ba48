export {
  AiModelServerApiEntityProcessor,
  isAiModelServerApiEntity,
} from './AiModelServerApiEntityProcessor';
export type { AiModelServerApiEntity } from './AiModelServerApiEntityProcessor';
export { aiModelServerApiSchema } from './aiModelServerApiSchema';
export {
  ModelLifecycleProcessor,
  ModelLifecycleSource,
  readModelLifecycleConfig,
} from './ModelLifecycleProcessor';
export type {
  ModelLifecycleConfig,
  ModelLifecycleInfo,
  ModelLifecycleSourceOptions,
} from './ModelLifecycleProcessor';
