/**
 * One fake Kubernetes API server, and validation against the real CRDs in
 * shared/crds, for the tests of every module that talks to a cluster.
 *
 * @packageDocumentation
 */
export * from './FakeKubernetes';
export * from './kuadrantGateway';
export {
  compileCrdValidators,
  servedVersions,
  validateObject,
} from './validation';
export { CRDS_DIR, SHARED_DIR } from './paths';
export { runCli } from './cli';
