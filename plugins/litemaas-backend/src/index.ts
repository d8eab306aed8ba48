/**
 * The LiteMaaS backend plugin.
 *
 * @packageDocumentation
 */
export { litemaasPlugin as default } from './plugin';
