/**
 * Catalog module: KServe InferenceServices as catalog entities.
 *
 * @packageDocumentation
 */
export { catalogModuleKserve as default } from './module';
