import { TestDatabases } from '@backstage/backend-test-utils';
import {
  MASTER_KEY,
  alice,
  keyServices,
  prng,
  startKeyFixture,
} from '../../__testUtils__/keyFixture';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { SagaStep } from './KeyWriter';

jest.setTimeout(300_000);

// More for a soak: SAGA_TEST_RUNS=1000.
const RUNS = Number(process.env.SAGA_TEST_RUNS ?? 120);
/** How long a 'timeout' fault holds a request before LiteLLM handles it. */
const DELAY_MS = 800;
/** The client's time-out: above a busy machine's answer times, below DELAY_MS. */
const TIMEOUT_MS = 400;
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

type Fault =
  | { kind: 'status'; path: string; status: number }
  | { kind: 'timeout'; path: string }
  | { kind: 'drop'; path: string }
  | { kind: 'lost-reply'; path: string }
  | { kind: 'crash'; step: SagaStep };

const PATHS = [
  '/key/generate',
  '/key/delete',
  '/key/update',
  '/key/regenerate',
  '/key/list',
  '/team/info',
];
const STEPS: SagaStep[] = [
  'create:recorded',
  'create:issued',
  'rotate:issued',
  'rotate:recorded',
  'revoke:recorded',
];

function pickFault(random: () => number): Fault {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  switch (pick(['status', 'timeout', 'drop', 'lost-reply', 'crash'] as const)) {
    case 'status':
      return {
        kind: 'status',
        path: pick(PATHS),
        status: pick([500, 502, 503]),
      };
    case 'timeout':
      return { kind: 'timeout', path: pick(PATHS) };
    case 'drop':
      return { kind: 'drop', path: pick(PATHS) };
    case 'lost-reply':
      return { kind: 'lost-reply', path: pick(PATHS) };
    default:
      return { kind: 'crash', step: pick(STEPS) };
  }
}

describe('key sagas under faults', () => {
  it.each(databases.eachSupportedId())(
    `leave LiteLLM and the portal agreeing after reconciliation, over ${RUNS} randomized runs (%p)`,
    async databaseId => {
      const { emulator, knex } = await startKeyFixture(databases, {
        databaseId,
      });
      const litellm = new LiteLlmClient({
        baseUrl: emulator.url,
        masterKey: MASTER_KEY,
        timeoutMs: TIMEOUT_MS,
        retries: 0,
      });
      let crashAt: SagaStep | undefined;
      const { keys, writer, reconciler, store } = keyServices({
        knex,
        emulatorUrl: emulator.url,
        litellm,
        interruptAt: step => step === crashAt,
        reconcile: {
          // Every saga still in flight counts as dead when the reconciler
          // runs, a second sighting is enough, and nothing is held back: the
          // repairs themselves are under test here.
          staleAfterMs: Number(process.env.SAGA_TEST_STALE_AFTER_MS ?? -1),
          confirmAfterMs: 0,
          maxShare: 1,
          maxCount: Infinity,
        },
      });

      const failures: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const random = prng(run + 1);
        // Something to rotate or revoke, made before the fault.
        const existing = await keys.create(alice, {
          name: `k${run}`,
          models: ['gpt-4o-mini'],
        });
        const fault = pickFault(random);
        crashAt = undefined;
        emulator.faults.clear();
        if (fault.kind === 'crash') crashAt = fault.step;
        else if (fault.kind === 'status')
          emulator.faults.inject({ path: fault.path, status: fault.status });
        else if (fault.kind === 'timeout')
          emulator.faults.inject({ path: fault.path, delayMs: DELAY_MS });
        else if (fault.kind === 'drop')
          emulator.faults.inject({ path: fault.path, dropConnection: true });
        else
          emulator.faults.inject({
            path: fault.path,
            afterHandler: true,
            status: 500,
          });

        const operation = ['create', 'rotate', 'revoke'][
          Math.floor(random() * 3)
        ];
        try {
          if (operation === 'create')
            await keys.create(alice, {
              name: `n${run}`,
              models: ['gpt-4o-mini'],
            });
          else if (operation === 'rotate')
            await keys.rotate(alice, existing.key.id);
          else await keys.revoke(alice, existing.key.id);
        } catch {
          // Expected: the fault made it fail; what matters is the state after.
        }
        crashAt = undefined;
        emulator.faults.clear();
        if (fault.kind === 'timeout') {
          // Let the held-back request land before the repair runs: it
          // reaches the handler DELAY_MS after it was sent, which was at
          // most the client's time-out ago.
          await new Promise(r => setTimeout(r, DELAY_MS - TIMEOUT_MS + 200));
        }
        // A key missing or orphaned is acted on at its second sighting.
        // A run that LiteLLM is too slow for changes nothing: the next one
        // repairs.
        for (let i = 0; i < 3; i++)
          await reconciler.run().catch(() => undefined);

        const gatewayHashes = new Set<string>();
        for await (const page of litellm.listAllKeys()) {
          for (const key of page) gatewayHashes.add(key.token!);
        }
        const portalHashes = new Set<string>();
        for (const record of await store.list({ statuses: ['active'] })) {
          if (record.tokenHash) portalHashes.add(record.tokenHash);
          if (record.retiringTokenHash)
            portalHashes.add(record.retiringTokenHash);
        }
        const onlyGateway = [...gatewayHashes].filter(
          h => !portalHashes.has(h),
        );
        const onlyPortal = [...portalHashes].filter(h => !gatewayHashes.has(h));
        const stuck = await store.list({ statuses: ['creating', 'revoking'] });
        // Tidy up so each run starts from a small set of live keys.
        for (const record of await store.list({ statuses: ['active'] })) {
          await writer.revoke(record);
        }
        if (onlyGateway.length || onlyPortal.length || stuck.length) {
          failures.push(
            `run ${run} (${operation}, ${JSON.stringify(fault)}): ${
              onlyGateway.length
            } only in LiteLLM, ${onlyPortal.length} only in the portal, ${
              stuck.length
            } stuck`,
          );
        }
      }
      await emulator.close();
      expect(failures).toEqual([]);
    },
  );
});
