export {
  AiModelServerApiEntityProcessor,
  isAiModelServerApiEntity,
} from './AiModelServerApiEntityProcessor';
export type { AiModelServerApiEntity } from './AiModelServerApiEntityProcessor';
export { aiModelServerApiSchema } from './aiModelServerApiSchema';
