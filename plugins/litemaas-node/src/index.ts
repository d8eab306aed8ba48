/**
 * Extension points for modules of the LiteMaaS backend plugin.
 *
 * @packageDocumentation
 */
export * from './extensions';
