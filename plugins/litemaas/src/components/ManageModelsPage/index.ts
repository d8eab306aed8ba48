export { ManageModelsPage } from './ManageModelsPage';
