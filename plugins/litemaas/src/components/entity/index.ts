export { ModelServerCard } from './ModelServerCard';
export { ModelAccessContent } from './ModelAccessContent';
export { ModelUsageEntityCard } from './ModelUsageEntityCard';
export { ModelUsageContent } from './ModelUsageContent';
export { isLiteMaasModelEntity, isModelServerOrAiModel } from './filters';
