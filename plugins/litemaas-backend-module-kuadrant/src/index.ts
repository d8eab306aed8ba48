/**
 * The LiteMaaS Key Manager for Kuadrant: the portal's keys, grants and
 * limits as API-key Secrets, AuthPolicies and (Token)RateLimitPolicies.
 *
 * @packageDocumentation
 */
export { litemaasModuleKuadrant as default } from './module';
// For backends that wire the adapter themselves, and for tests.
export { readKuadrantConfig } from './config';
export type { KuadrantConfig, RouteRef } from './config';
export { KuadrantCluster } from './KuadrantCluster';
export { KuadrantKeyManager } from './KuadrantKeyManager';
