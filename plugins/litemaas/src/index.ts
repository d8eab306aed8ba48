/**
 * LiteMaaS frontend plugin: model catalog, access, keys and usage.
 *
 * @packageDocumentation
 */
export { litemaasPlugin as default } from './plugin';
export { litemaasApiRef } from './api';
export { ModelsPage } from './components/ModelsPage';
