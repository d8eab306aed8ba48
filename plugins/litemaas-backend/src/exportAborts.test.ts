import http from 'node:http';
import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';
import { UsageDailyRow, UsageStore } from './database/UsageStore';

jest.setTimeout(120_000);

const MASTER_KEY = 'sk-test-master-key';
const DANA = 'user:default/dana';
const ADMINS = 'group:default/litemaas-admins';
const DAY = '2026-11-20';
// Enough CSV (several MB) that the socket's buffers fill and the server
// waits for 'drain' when the client stops reading.
const ROWS = 40_000;
// Twice knex's largest pool (10): a connection kept by each would leave
// none for the request after them.
const ABORTED = 20;

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/**
 * Starts an export, reads its first bytes, then stops reading and goes
 * away, as a browser tab closed mid-download does.
 */
function abortedExport(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port,
        path: `/api/litemaas/usage/export?scope=all&from=${DAY}&to=${DAY}&format=csv`,
        headers: { Authorization: mockCredentials.user.header(DANA) },
      },
      res => {
        if (res.statusCode !== 200) {
          reject(new Error(`export answered ${res.statusCode}`));
          return;
        }
        res.once('data', () => {
          res.pause();
          // Long enough for the server to fill the buffers and wait.
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 50);
        });
      },
    );
    req.on('error', error => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') {
        reject(error);
      }
    });
  });
}

describe.each(databases.eachSupportedId())(
  'usage exports whose client goes away, on %p',
  databaseId => {
    it(`release their database connection: after ${ABORTED} aborted exports the portal still answers`, async () => {
      const knex = await databases.init(databaseId);
      const emulator = await startEmulator({ masterKey: MASTER_KEY, port: 0 });
      try {
        const { server } = await startTestBackend({
          features: [
            litemaasPlugin,
            mockServices.database.factory({ knex }),
            mockServices.rootConfig.factory({
              data: {
                litemaas: {
                  litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                  admins: [ADMINS],
                },
              },
            }),
            ...portalPolicyServices({
              admins: [ADMINS],
              memberships: { [DANA]: [ADMINS] },
            }),
          ],
        });
        const rows: UsageDailyRow[] = Array.from({ length: ROWS }, (_, i) => ({
          day: DAY,
          keyHash: i.toString(16).padStart(64, '0'),
          model: `model-${i % 50}`,
          provider: 'openai',
          subjectRef: `user:default/participant-${i}`,
          spend: 0.0001 * i,
          promptTokens: i,
          completionTokens: i,
          totalTokens: 2 * i,
          requests: 1,
          successfulRequests: 1,
          failedRequests: 0,
        }));
        await new UsageStore(knex).replaceDay(DAY, rows, true, new Date());

        const port = (server.address() as { port: number }).port;
        for (let i = 0; i < ABORTED; i++) await abortedExport(port);

        const as = apiClient(server);
        const started = Date.now();
        const answer = await as(DANA)
          .get(`/usage?scope=all&from=${DAY}&to=${DAY}`)
          .timeout(10_000);
        expect(answer.status).toBe(200);
        expect(answer.body.totals.requests).toBe(ROWS);
        expect(Date.now() - started).toBeLessThan(10_000);
        // A whole export still streams every row.
        const whole = await as(DANA)
          .get(`/usage/export?scope=all&from=${DAY}&to=${DAY}&format=csv`)
          .timeout(30_000);
        expect(whole.status).toBe(200);
        expect(whole.text.trim().split('\n')).toHaveLength(ROWS + 1);
      } finally {
        await emulator.close();
      }
    });
  },
);
