/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, startDevIdp } from './server';

const USAGE = `Usage: dev-idp [--port 4001] [--issuer http://localhost:4001] [--org-file examples/org.yaml]

A local OpenID Connect provider that signs in the example users of a catalog
file, without passwords. For development only.`;

/** Runs the dev IdP until the process gets SIGINT or SIGTERM. */
export async function runCli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4001' },
      issuer: { type: 'string' },
      'org-file': { type: 'string', default: 'examples/org.yaml' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid --port ${values.port}`);
  }

  const idp = await startDevIdp({
    port,
    issuer: values.issuer,
    orgFile: values['org-file'],
  });
  console.log(
    `dev-idp: OIDC issuer ${idp.url} (client ${DEV_CLIENT_ID} / ${DEV_CLIENT_SECRET}), ` +
      `users: ${idp.users.map(u => u.sub).join(', ')}. ` +
      'No passwords: development only.',
  );

  const stop = () => {
    idp.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
