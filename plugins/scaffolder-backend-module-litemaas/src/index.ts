/**
 * Scaffolder actions for LiteMaaS (`litemaas:keys:provision`,
 * `litemaas:keys:revoke`).
 *
 * @packageDocumentation
 */
export { scaffolderModuleLitemaas as default } from './module';
export {
  createProvisionKeysAction,
  createRevokeKeysAction,
} from './actions/litemaasKeys';
