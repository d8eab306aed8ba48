/**
 * LiteMaaS frontend plugin: model catalog, access, keys and usage.
 *
 * @packageDocumentation
 */
export { litemaasPlugin as default } from './plugin';
export { litemaasApiRef } from './api';
export { litemaasTranslationRef } from './translation';
export { LiteMaasPage } from './components/LiteMaasPage';
export { ModelsPage } from './components/ModelsPage';
export { ModelDetailPage } from './components/ModelDetailPage';
export { MyAccessPage } from './components/MyAccessPage';
export { ReviewQueuePage } from './components/ReviewQueuePage';
export { ManageModelsPage } from './components/ManageModelsPage';
export { KeysPage } from './components/KeysPage';
export { KeysAdminPage } from './components/KeysAdminPage';
export { UsagePage } from './components/UsagePage';
export { RequestAccessDialog } from './components/RequestAccessDialog';
export type { RequestAccessDialogProps } from './components/RequestAccessDialog';
export { CreateKeyDialog } from './components/CreateKeyDialog';
export type { CreateKeyDialogProps } from './components/CreateKeyDialog';
export {
  ModelServerCard,
  ModelAccessContent,
  ModelUsageEntityCard,
  ModelUsageContent,
  CatalogSpendEntityCard,
  isModelServerOrAiModel,
  isLiteMaasModelEntity,
  isCatalogSpendEntity,
} from './components/entity';
// The legacy frontend system (Red Hat Developer Hub's dynamic plugins; see
// deploy/rhdh/dynamic-plugins.yaml).
export {
  litemaasLegacyPlugin,
  litemaasRootRouteRef,
  litemaasApiFactory,
  LiteMaasRootPage,
  EntityModelServerCard,
  EntityModelAccessContent,
  EntityModelUsageCard,
  EntityCatalogSpendCard,
  EntityModelUsageContent,
  EntityModelPlaygroundContent,
  LiteMaasIcon,
} from './legacy';
