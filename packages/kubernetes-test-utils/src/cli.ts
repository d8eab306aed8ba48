/* eslint-disable no-console */
import fs from 'node:fs';
import { FakeKubernetes } from './FakeKubernetes';
import { CRDS_DIR } from './paths';
import { validateObject } from './validation';

/**
 * `fake-kubernetes [--port 4002] [--token T]`: the fake API server on a
 * fixed port, for a development portal (LITEMAAS_KUADRANT=fake). Objects
 * are checked against the CRDs when shared/crds is there. Its state lives
 * in memory and ends with it.
 */
export async function runCli(args: string[]) {
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const port = Number(option('port') ?? 4002);
  const validate = fs.existsSync(CRDS_DIR) ? validateObject : undefined;
  const fake = await FakeKubernetes.start({
    port,
    token: option('token'),
    validate,
    simulateKuadrantStatus: true,
  });
  const checking = validate
    ? `, checking objects against the CRDs in ${CRDS_DIR}`
    : '';
  console.log(`Fake Kubernetes API server on ${fake.url}${checking}`);
  const stop = async () => {
    await fake.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
