import { loadSeedFile } from './seed';
import { RunningEmulator, startEmulator } from './server';
import { StartEmulatorOptions, VersionBehaviour } from './types';

export const CLI_USAGE = `Usage: litellm-emulator [options]

  --port <n>                          Port to listen on (env PORT, default 4000)
  --host <addr>                       Address to bind (default 127.0.0.1)
  --master-key <sk-...>               Master key (env LITELLM_MASTER_KEY, default sk-1234)
  --seed <file.json>                  Models, teams, users and keys to preload
  --enterprise                        Behave as a licensed (premium) proxy
  --model-access-denied-status <401|403>
  --budget-exceeded-status <400|429>
  --member-already-in-team <legacy|current>
  --no-store-model-in-db              Make model writes fail like STORE_MODEL_IN_DB=False
  --litellm-version <x.y.z>           Reported version
  --llm-latency-ms <n>                Artificial latency of LLM calls
  --stream-chunk-delay-ms <n>         Pause between streamed chunks (default 0)
  --help                              Show this help
`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Install SIGINT/SIGTERM handlers that close the server and exit. Default true. */
  handleSignals?: boolean;
}

const VALUE_FLAGS = [
  'port',
  'host',
  'master-key',
  'seed',
  'model-access-denied-status',
  'budget-exceeded-status',
  'member-already-in-team',
  'litellm-version',
  'llm-latency-ms',
  'stream-chunk-delay-ms',
];
const BOOLEAN_FLAGS = ['enterprise', 'no-store-model-in-db', 'help'];

function parseArgs(argv: string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument: ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!VALUE_FLAGS.includes(name) && !BOOLEAN_FLAGS.includes(name)) {
      throw new Error(`Unknown option --${name}`);
    }
    if (BOOLEAN_FLAGS.includes(name)) {
      flags.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`Missing value for --${name}`);
    flags.set(name, value);
  }
  return flags;
}

function choice<T extends string | number>(
  flags: Map<string, string | true>,
  name: string,
  allowed: T[],
): T | undefined {
  const raw = flags.get(name);
  if (raw === undefined || raw === true) return undefined;
  const found = allowed.find(a => String(a) === raw);
  if (found === undefined) {
    throw new Error(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return found;
}

/** Builds start options from argv and env; exported for tests. */
export function cliOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): StartEmulatorOptions | 'help' {
  const flags = parseArgs(argv);
  if (flags.has('help')) return 'help';
  const str = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const portText = str('port') ?? env.PORT ?? '4000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port: ${portText}`);
  }
  const masterKey = str('master-key') ?? env.LITELLM_MASTER_KEY ?? 'sk-1234';
  if (!masterKey.startsWith('sk-'))
    throw new Error("The master key must start with 'sk-'");
  const versionBehaviour: VersionBehaviour = {
    modelAccessDeniedStatus: choice(
      flags,
      'model-access-denied-status',
      [401, 403],
    ),
    budgetExceededStatus: choice(flags, 'budget-exceeded-status', [400, 429]),
    memberAlreadyInTeam: choice(flags, 'member-already-in-team', [
      'legacy',
      'current',
    ]),
  };
  const seedPath = str('seed');
  const latency = str('llm-latency-ms');
  const chunkDelay = str('stream-chunk-delay-ms');
  return {
    port,
    host: str('host') ?? '127.0.0.1',
    masterKey,
    seed: seedPath ? loadSeedFile(seedPath) : undefined,
    enterprise: flags.has('enterprise'),
    storeModelInDb: !flags.has('no-store-model-in-db'),
    versionBehaviour,
    litellmVersion: str('litellm-version'),
    llmLatencyMs: latency !== undefined ? Number(latency) : undefined,
    streamChunkDelayMs:
      chunkDelay !== undefined ? Number(chunkDelay) : undefined,
  };
}

const defaultIo: CliIo = {
  // The CLI's whole job is to report on stdout/stderr.
  // eslint-disable-next-line no-console
  out: line => console.log(line),
  // eslint-disable-next-line no-console
  err: line => console.error(line),
  env: process.env,
};

/**
 * Runs the `litellm-emulator` command: starts the server, prints one line,
 * and shuts down cleanly on SIGINT/SIGTERM.
 */
export async function runCli(
  argv: string[],
  io: CliIo = defaultIo,
): Promise<RunningEmulator | undefined> {
  const options = cliOptions(argv, io.env);
  if (options === 'help') {
    io.out(CLI_USAGE);
    return undefined;
  }
  const emulator = await startEmulator(options);
  const models = emulator.state.modelNames().length;
  io.out(
    `litellm-emulator listening on ${emulator.url} (LiteLLM ${
      emulator.state.config.litellmVersion
    }, ${models} model${
      models === 1 ? '' : 's'
    }, master key sk-...${options.masterKey.slice(-4)}${
      options.enterprise ? ', enterprise' : ''
    })`,
  );
  if (io.handleSignals !== false) {
    const shutdown = () => {
      emulator.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }
  return emulator;
}
