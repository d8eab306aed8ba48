export { ModelServerCard } from './ModelServerCard';
export { ModelAccessContent } from './ModelAccessContent';
export { ModelUsageEntityCard } from './ModelUsageEntityCard';
export { ModelUsageContent } from './ModelUsageContent';
export { CatalogSpendEntityCard } from './CatalogSpendEntityCard';
export {
  isCatalogSpendEntity,
  isLiteMaasModelEntity,
  isModelServerOrAiModel,
} from './filters';
