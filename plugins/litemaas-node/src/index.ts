/**
 * Extension points and permission rules for modules and policies of the
 * LiteMaaS backend plugin.
 *
 * @packageDocumentation
 */
export * from './extensions';
export * from './permissions';
