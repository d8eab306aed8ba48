/**
 * Types, permissions and the typed client shared by the LiteMaaS frontend
 * and backend plugins.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './access';
export * from './keys';
export * from './playground';
export * from './usage';
export * from './reconcile';
export * from './gateways';
export * from './grants';
export * from './capabilities';
export * from './audit';
export * from './recertification';
export * from './topUps';
export * from './approvalRules';
export * from './ruleReasons';
export * from './offboarding';
export * from './deprecations';
export * from './permissions';
export * from './client/LiteMaasClient';
