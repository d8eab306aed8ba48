/**
 * A local OpenID Connect provider for the dev portal: signs in the example
 * users of a catalog file without passwords. Never for production.
 *
 * @packageDocumentation
 */

export {
  startDevIdp,
  DEV_CLIENT_ID,
  DEV_CLIENT_SECRET,
  DEV_REDIRECT_URI,
} from './server';
export type { DevIdp, DevIdpOptions } from './server';
export type { DevUser } from './users';
export { parseUsers, loadUsers } from './users';
export { runCli } from './cli';
