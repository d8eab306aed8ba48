/**
 * The LiteMaaS Key Manager for Kuadrant: the portal's keys, grants and
 * limits as API-key Secrets, AuthPolicies and (Token)RateLimitPolicies.
 *
 * @packageDocumentation
 */
export { litemaasModuleKuadrant as default } from './module';
