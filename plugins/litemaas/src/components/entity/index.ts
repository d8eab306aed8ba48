export { ModelServerCard } from './ModelServerCard';
export { ModelAccessContent } from './ModelAccessContent';
export { isLiteMaasModelEntity, isModelServerOrAiModel } from './filters';
