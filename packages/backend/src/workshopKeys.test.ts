import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import litemaasPlugin from '@litemaas/backstage-plugin-litemaas-backend';
import scaffolderModuleLitemaas from '@litemaas/backstage-plugin-scaffolder-backend-module-litemaas';
import { parse } from 'yaml';
import { Knex } from 'knex';

jest.setTimeout(180_000);

const MASTER_KEY = 'sk-test-master-key';
const DANA = 'user:default/dana';
const ERIN = 'user:default/erin';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const template = parse(
  readFileSync(
    resolve(__dirname, '../../../examples/templates/workshop-keys.yaml'),
    'utf8',
  ),
);

/** Every line the backend logs, whoever logs it. */
function capturingRootLogger(lines: string[]) {
  const make = (fields: Record<string, unknown>): LoggerService => {
    const write = (level: string) => (message: string, meta?: unknown) => {
      lines.push(JSON.stringify({ level, message, fields, meta }));
    };
    return {
      error: write('error'),
      warn: write('warn'),
      info: write('info'),
      debug: write('debug'),
      child: more => make({ ...fields, ...more }),
    };
  };
  return createServiceFactory({
    service: coreServices.rootLogger,
    deps: {},
    factory: () => make({}) as any,
  });
}

/** Every row of every table, as text: what a database dump would hold. */
async function dump(knex: Knex): Promise<string> {
  const client = knex.client.config.client;
  const names: string[] =
    client === 'pg'
      ? (
          await knex.raw(
            'select tablename from pg_tables where schemaname = current_schema()',
          )
        ).rows.map((r: any) => r.tablename)
      : (
          await knex.raw(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
          )
        ).map((r: any) => r.name);
  const parts: string[] = [];
  for (const name of names) {
    parts.push(name, JSON.stringify(await knex(name).select()));
  }
  return parts.join('\n');
}

describe.each(databases.eachSupportedId())(
  'the workshop template on %p',
  databaseId => {
    // The scaffolder watches each task's events once a second until it sees
    // the completion, and that watch outlives the backend's shutdown: let it
    // see the completion before the test database is destroyed under it,
    // or its next query fails whichever test this worker runs next.
    afterEach(() => new Promise(done => setTimeout(done, 2_500)));

    it('issues keys whose values are nowhere at rest: not in the task, its log or the database', async () => {
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        seed: {
          models: [
            {
              model_name: 'gpt-4o-mini',
              litellm_params: { model: 'openai/gpt-4o-mini' },
              model_info: { id: 'm1' },
            },
          ],
        },
      });
      const knex = await databases.init(databaseId);
      const logLines: string[] = [];
      const { server } = await startTestBackend({
        features: [
          scaffolderPlugin,
          scaffolderModuleLitemaas,
          litemaasPlugin,
          capturingRootLogger(logLines),
          mockServices.database.factory({ knex }),
          catalogServiceMock.factory({ entities: [template] }),
          mockServices.rootConfig.factory({
            data: {
              app: { baseUrl: 'https://portal.example.com' },
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }],
                keyDelivery: {
                  secret: 'test-only-secret-0123456789abcdefghij',
                },
              },
            },
          }),
        ],
      });
      const base = `http://localhost:${(server.address() as any).port}`;
      const as = (user: string) => {
        const call = async (method: string, path: string, body?: object) => {
          const res = await fetch(`${base}${path}`, {
            method,
            headers: {
              Authorization: mockCredentials.user.header(user),
              ...(body && { 'Content-Type': 'application/json' }),
            },
            body: body && JSON.stringify(body),
          });
          return { status: res.status, body: await res.json() };
        };
        return {
          post: (path: string, body: object) => call('POST', path, body),
          get: (path: string) => call('GET', path),
        };
      };

      // Workshop keys are held to their owner's grant.
      expect(
        (
          await as(DANA).post('/api/litemaas/access-requests', {
            modelName: 'gpt-4o-mini',
          })
        ).status,
      ).toBe(201);

      const participants = ['ann', 'ben', 'cat'];
      const task = await as(DANA).post('/api/scaffolder/v2/tasks', {
        templateRef: 'template:default/litemaas-workshop-keys',
        values: {
          aliasPrefix: 'ws-dec-',
          participants,
          models: ['gpt-4o-mini'],
          expiresInDays: 2,
          maxBudget: 5,
        },
      });
      expect(task.status).toBe(201);
      let state: any;
      for (let i = 0; i < 300; i++) {
        state = (await as(DANA).get(`/api/scaffolder/v2/tasks/${task.body.id}`))
          .body;
        if (state.status === 'completed' || state.status === 'failed') break;
        await new Promise(r => setTimeout(r, 100));
      }
      const events = await as(DANA).get(
        `/api/scaffolder/v2/tasks/${task.body.id}/events`,
      );
      if (state.status !== 'completed') {
        throw new Error(
          `The task ${state.status}: ${JSON.stringify(
            events.body.map((e: any) => e.body.message),
          )}`,
        );
      }
      // The output, as the task's completion event carries it.
      const output = events.body.find((e: any) => e.type === 'completion').body
        .output;
      const link = new URL(output.links[0].url);
      expect(link.origin).toBe('https://portal.example.com');
      const [, id] = /\/litemaas\/deliveries\/([0-9a-f-]{36})$/.exec(
        link.pathname,
      )!;
      const token = link.searchParams.get('token')!;

      // Everything stored while the download waits, before anyone saw a value.
      const before = await dump(knex);
      const logsBefore = logLines.join('\n');

      // Not for anyone else, and a wrong token does not burn it.
      const claim = (user: string, t = token) =>
        as(user).post(`/api/litemaas/deliveries/${id}/claim`, { token: t });
      expect((await claim(ERIN)).status).toBe(404);
      expect((await claim(DANA, `${token.slice(0, -2)}xx`)).status).toBe(404);
      const claimed = await claim(DANA);
      expect(claimed.status).toBe(200);
      const values: string[] = claimed.body.keys.map((k: any) => k.value);
      expect(claimed.body.keys.map((k: any) => k.participant).sort()).toEqual(
        participants,
      );
      expect(values).toHaveLength(3);
      for (const value of values) {
        expect(emulator.state.getKey(value)).toBeDefined();
      }
      // Once only.
      expect((await claim(DANA)).status).toBe(404);

      const after = await dump(knex);
      const logs = logLines.join('\n');
      const everywhere = [before, after, logsBefore, logs].join('\n');
      expect(before).toContain('scaffolder');
      expect(before).toContain('litemaas_key_deliveries');
      for (const value of values) {
        expect(everywhere).not.toContain(value);
        // Nor a part long enough to use.
        expect(everywhere).not.toContain(value.slice(3, 20));
      }
      // The task's output says where the values are, and their prefixes.
      const table = output.text[0].content;
      for (const participant of participants) {
        expect(table).toMatch(
          new RegExp(
            `\\| ${participant} \\| ws-dec-${participant} \\| \`sk-\\.\\.\\.\\S{4}\` \\|`,
          ),
        );
      }
      await emulator.close();
    });
  },
);
