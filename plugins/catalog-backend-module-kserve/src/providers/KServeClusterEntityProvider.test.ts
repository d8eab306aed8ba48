import fs from 'node:fs';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import {
  FakeConnection,
  manualTaskRunner,
  recordingLogger,
  validateEntity,
} from '../testUtils/catalog';
import {
  compileCrdValidators,
  FakeKubernetes,
  FakeKubernetesOptions,
  KSERVE_RESOURCES,
  validateObject as validateAgainstCrd,
} from '@litemaas/kubernetes-test-utils';
import { clusterSamples } from '../testUtils/samples';
import { KubernetesSourceConfig, readKServeSourceConfigs } from './config';
import { KServeClusterEntityProvider } from './KServeClusterEntityProvider';

const TOKEN = 'sa-token';

// Compiling the real CRD schemas takes a few seconds, once per file.
beforeAll(
  () => compileCrdValidators(['InferenceService', 'LLMInferenceService']),
  60_000,
);

const running: Array<{ stop(): void } | { close(): Promise<void> }> = [];

afterEach(async () => {
  for (const thing of running.splice(0).reverse()) {
    if ('stop' in thing) thing.stop();
    else await thing.close();
  }
});

async function startCluster(options: FakeKubernetesOptions = {}) {
  // Every object put into the fake cluster is checked against the real CRDs.
  const fake = await FakeKubernetes.start({
    token: TOKEN,
    validate: validateAgainstCrd,
    ...options,
  });
  running.push(fake);
  return fake;
}

async function connect(
  fake: FakeKubernetes,
  id: string,
  extra: JsonObject = {},
) {
  const [source] = readKServeSourceConfigs(
    new ConfigReader({
      catalog: {
        providers: {
          kserve: {
            [id]: {
              url: fake.url,
              serviceAccountToken: TOKEN,
              // The fake API server speaks plain HTTP.
              skipTLSVerify: true,
              pageSize: 4,
              defaults: { owner: 'group:default/ml-platform' },
              ...extra,
            },
          },
        },
      },
    }),
  );
  const log = recordingLogger();
  const provider = new KServeClusterEntityProvider(
    source as KubernetesSourceConfig,
    log.logger,
    manualTaskRunner,
    { retryDelayMs: 20, maxRetryDelayMs: 200, watchTimeoutSeconds: 60 },
  );
  running.push(provider);
  const connection = new FakeConnection();
  await provider.connect(connection);
  return { provider, connection, log };
}

function isvc(name: string, namespace = 'team-a', annotations = {}) {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name, namespace, annotations },
    spec: {
      predictor: {
        model: { modelFormat: { name: 'sklearn' }, storageUri: 's3://m/x' },
      },
    },
  };
}

const lists = (fake: FakeKubernetes) => fake.requests.filter(r => !r.watch);
const watches = (fake: FakeKubernetes) => fake.requests.filter(r => r.watch);

describe('KServeClusterEntityProvider', () => {
  it('emits one AiModelServerAPI per server with entityShape ai-model-server, in lists and watches', async () => {
    const fake = await startCluster();
    const samples = clusterSamples();
    for (const sample of samples) fake.apply(sample);
    const { provider, connection } = await connect(fake, 'prod', {
      entityShape: 'ai-model-server',
    });
    await provider.refresh();
    expect(connection.names('aimodelserverapi')).toHaveLength(samples.length);
    expect(connection.entities.size).toBe(samples.length);
    for (const entity of connection.entities.values()) {
      expect(entity.kind).toBe('AiModelServerAPI');
      await validateEntity(entity);
    }
    fake.apply(isvc('added'));
    await connection.waitFor(
      () =>
        connection.entities.has('aimodelserverapi:default/prod-team-a-added'),
      10_000,
      'the watched server',
    );
    expect(connection.names()).toEqual([]);
  });

  it('lists every sample page by page and applies one full mutation', async () => {
    const fake = await startCluster();
    const samples = clusterSamples();
    for (const sample of samples) fake.apply(sample);
    const { provider, connection } = await connect(fake, 'prod');

    expect(provider.getProviderName()).toBe('KServeEntityProvider:prod');
    expect(provider.getTaskId()).toBe('KServeEntityProvider:prod:refresh');
    await provider.refresh();

    expect(connection.mutations).toHaveLength(1);
    expect(connection.mutations[0].type).toBe('full');
    expect(connection.names()).toHaveLength(samples.length);
    expect(connection.names()).toContain('prod-llm-ibm-granite-2b-gpu');
    for (const entity of connection.entities.values()) {
      await validateEntity(entity);
      expect(
        entity.metadata.annotations?.['backstage.io/managed-by-location'],
      ).toBe('kserve:prod');
    }

    // 17 InferenceServices at 4 per page; the later pages carry `continue`.
    const isvcPages = lists(fake).filter(r =>
      r.path.endsWith('/inferenceservices'),
    );
    expect(isvcPages.length).toBeGreaterThanOrEqual(5);
    expect(isvcPages.every(r => r.query.limit === '4')).toBe(true);
    expect(isvcPages.slice(1).every(r => r.query.continue)).toBe(true);
    // LLMInferenceServices are read at the newest served version.
    expect(
      lists(fake).some(r =>
        r.path.startsWith('/apis/serving.kserve.io/v1alpha2/'),
      ),
    ).toBe(true);
  });

  it('falls back to v1alpha1 LLMInferenceServices, and copes without the CRD', async () => {
    const old = await startCluster({
      resources: [
        KSERVE_RESOURCES[0],
        { ...KSERVE_RESOURCES[1], versions: ['v1alpha1'] },
      ],
    });
    for (const sample of clusterSamples()) old.apply(sample);
    const a = await connect(old, 'old');
    await a.provider.refresh();
    expect(a.connection.names()).toContain('old-llm-ibm-granite-2b-gpu');
    expect(a.log.at('error')).toEqual([]);

    const none = await startCluster({ resources: [KSERVE_RESOURCES[0]] });
    none.apply(isvc('only'));
    const b = await connect(none, 'none');
    await b.provider.refresh();
    expect(b.connection.names()).toEqual(['none-team-a-only']);
    expect(b.log.at('info').join('\n')).toContain(
      'not served by the cluster: LLMInferenceService',
    );
  });

  it('follows the watch: added, modified and deleted servers become delta mutations within 5 s', async () => {
    const fake = await startCluster();
    fake.apply(isvc('first'));
    const { provider, connection } = await connect(fake, 'prod');
    await provider.refresh();
    await connection.waitFor(() => fake.openWatches === 2, 5000, 'watches');
    const watch = watches(fake).find(r =>
      r.path.endsWith('/inferenceservices'),
    )!;
    expect(watch.query).toMatchObject({
      allowWatchBookmarks: 'true',
      resourceVersion: expect.stringMatching(/^\d+$/),
    });

    fake.apply(isvc('second', 'team-b'));
    const took = await connection.waitFor(
      () => connection.names().includes('prod-team-b-second'),
      5000,
      'the added server',
    );
    expect(took).toBeLessThan(5000);
    const added = connection.mutations[connection.mutations.length - 1];
    expect(added.type).toBe('delta');
    expect(added.type === 'delta' && added.added).toHaveLength(3);

    fake.apply(
      isvc('second', 'team-b', { 'litemaas.io/owner': 'group:default/b' }),
    );
    await connection.waitFor(
      () =>
        connection.entities.get('component:default/prod-team-b-second')?.spec
          ?.owner === 'group:default/b',
      5000,
      'the modified owner',
    );

    fake.delete('InferenceService', 'team-b', 'second');
    await connection.waitFor(
      () => !connection.names().includes('prod-team-b-second'),
      5000,
      'the deleted server',
    );
    expect(connection.names()).toEqual(['prod-team-a-first']);
    expect(connection.mutations.filter(m => m.type === 'full')).toHaveLength(1);
    expect([...connection.entities.keys()]).toHaveLength(3);
  });

  it('resumes a closed watch from the last bookmark', async () => {
    const fake = await startCluster();
    const { provider, connection } = await connect(fake, 'prod');
    await provider.refresh();
    await connection.waitFor(() => fake.openWatches === 2);
    fake.apply({
      ...isvc('elsewhere'),
      apiVersion: 'serving.kserve.io/v1beta1',
    });
    await connection.waitFor(() => connection.names().length === 1);
    fake.bookmark();
    const bookmarked = fake.resourceVersion;
    await new Promise(resolve => setTimeout(resolve, 50));
    const before = watches(fake).length;
    fake.closeWatches();
    await connection.waitFor(() => watches(fake).length >= before + 2);
    const resumed = watches(fake).slice(before);
    expect(resumed.map(r => r.query.resourceVersion)).toEqual([
      bookmarked,
      bookmarked,
    ]);
    // No re-list was needed.
    expect(connection.mutations.filter(m => m.type === 'full')).toHaveLength(1);
  });

  it.each([
    ['an ERROR event', false],
    ['an HTTP status', true],
  ])(
    'lists again when the watch answers 410 Gone (%s)',
    async (_, asHttpStatus) => {
      const fake = await startCluster();
      fake.apply(isvc('first'));
      const { provider, connection, log } = await connect(fake, 'prod');
      await provider.refresh();
      await connection.waitFor(() => fake.openWatches === 2);
      const listsBefore = lists(fake).length;

      if (asHttpStatus) {
        // The watch reconnects after a normal close and is refused with 410.
        fake.expire({ asHttpStatus: true });
      } else {
        fake.expire();
      }
      fake.apply(isvc('during-outage'));
      await connection.waitFor(
        () => connection.mutations.filter(m => m.type === 'full').length === 2,
        5000,
        'the re-list',
      );
      expect(lists(fake).length).toBeGreaterThan(listsBefore);
      expect(connection.names()).toEqual([
        'prod-team-a-during-outage',
        'prod-team-a-first',
      ]);
      expect(log.at('info').join('\n')).toContain('410 Gone');
      // And the new watches work.
      await connection.waitFor(() => fake.openWatches === 2);
      fake.apply(isvc('after'));
      await connection.waitFor(() =>
        connection.names().includes('prod-team-a-after'),
      );
    },
  );

  it('keeps the last state when the cluster fails, and retries a failing watch', async () => {
    const fake = await startCluster();
    fake.apply(isvc('first'));
    const { provider, connection, log } = await connect(fake, 'prod');
    await provider.refresh();
    await connection.waitFor(() => fake.openWatches === 2);

    fake.setFailure({ status: 500, message: 'etcd is down' });
    fake.closeWatches();
    await provider.refresh();
    expect(connection.mutations).toHaveLength(1);
    expect(connection.names()).toEqual(['prod-team-a-first']);
    expect(log.at('error').join('\n')).toContain(
      'listing failed, keeping the 1 model servers of the last successful list: Listing inferenceservices.v1beta1.serving.kserve.io failed: HTTP 500: etcd is down',
    );
    await connection.waitFor(() =>
      log
        .at('warn')
        .some(m =>
          m.includes('Watch of inferenceservices.v1beta1 on prod failed'),
        ),
    );

    // The cluster recovers: the watch reconnects and carries on.
    fake.setFailure(undefined);
    await connection.waitFor(() => fake.openWatches === 2, 5000, 'reconnect');
    fake.apply(isvc('second'));
    await connection.waitFor(() =>
      connection.names().includes('prod-team-a-second'),
    );
  });

  it('sends the service account token and reports a rejected one', async () => {
    const fake = await startCluster();
    fake.apply(isvc('first'));
    const { provider, connection, log } = await connect(fake, 'prod', {
      serviceAccountToken: 'wrong',
    });
    await provider.refresh();
    expect(connection.mutations).toHaveLength(0);
    expect(log.at('error').join('\n')).toContain('HTTP 401');
  });

  describe('over HTTPS', () => {
    // A throwaway CA and a server certificate for 127.0.0.1 it signed.
    // eslint-disable-next-line no-restricted-syntax -- test code, never built
    const tlsDir = path.join(__dirname, '../testUtils/tls');
    const read = (file: string) =>
      fs.readFileSync(path.join(tlsDir, file), 'utf8');
    const tls = { cert: read('server.crt'), key: read('server.key') };

    it.each([
      ['the PEM', () => read('ca.crt')],
      [
        'base64 of the PEM',
        () => Buffer.from(read('ca.crt')).toString('base64'),
      ],
    ])('trusts the cluster CA given as %s', async (_, caData) => {
      const fake = await startCluster({ tls });
      fake.apply(isvc('first'));
      expect(fake.url).toMatch(/^https:/);
      const { provider, connection } = await connect(fake, 'prod', {
        skipTLSVerify: false,
        caData: caData(),
      });
      await provider.refresh();
      expect(connection.names()).toContain('prod-team-a-first');
    });

    it('refuses a server its CA did not sign, and says so', async () => {
      const fake = await startCluster({ tls });
      fake.apply(isvc('first'));
      const { provider, connection, log } = await connect(fake, 'prod', {
        skipTLSVerify: false,
      });
      await provider.refresh();
      expect(connection.mutations).toHaveLength(0);
      expect(log.at('error').join('\n')).toMatch(/certificate/i);
      // Trusting it explicitly works, as skipTLSVerify is meant to.
      const trusting = await connect(fake, 'trusting', { skipTLSVerify: true });
      await trusting.provider.refresh();
      expect(trusting.connection.names()).toContain('trusting-team-a-first');
    });
  });

  it('reads only the configured namespaces and labels', async () => {
    const fake = await startCluster();
    fake.apply(isvc('a1', 'team-a'));
    fake.apply(isvc('b1', 'team-b'));
    fake.apply(isvc('c1', 'team-c'));
    fake.apply({
      ...isvc('labelled', 'team-c'),
      metadata: {
        name: 'labelled',
        namespace: 'team-c',
        labels: { 'litemaas.io/catalog': 'true' },
      },
    });

    const include = await connect(fake, 'inc', {
      namespaces: ['team-a', 'team-b', 'team-c'],
      excludeNamespaces: ['team-c'],
    });
    await include.provider.refresh();
    expect(include.connection.names()).toEqual([
      'inc-team-a-a1',
      'inc-team-b-b1',
    ]);
    expect(
      lists(fake)
        .filter(r => r.path.includes('/namespaces/'))
        .map(r => r.path),
    ).toEqual(
      expect.arrayContaining([
        '/apis/serving.kserve.io/v1beta1/namespaces/team-a/inferenceservices',
        '/apis/serving.kserve.io/v1beta1/namespaces/team-b/inferenceservices',
      ]),
    );

    const exclude = await connect(fake, 'exc', {
      excludeNamespaces: ['team-a'],
    });
    await exclude.provider.refresh();
    expect(exclude.connection.names()).toEqual([
      'exc-team-b-b1',
      'exc-team-c-c1',
      'exc-team-c-labelled',
    ]);

    const labelled = await connect(fake, 'lab', {
      labelSelector: 'litemaas.io/catalog=true',
    });
    await labelled.provider.refresh();
    expect(labelled.connection.names()).toEqual(['lab-team-c-labelled']);
    await labelled.connection.waitFor(() => fake.openWatches >= 2);
    fake.apply(isvc('unlabelled-new', 'team-c'));
    fake.apply({
      ...isvc('labelled-new', 'team-c'),
      metadata: {
        name: 'labelled-new',
        namespace: 'team-c',
        labels: { 'litemaas.io/catalog': 'true' },
      },
    });
    await labelled.connection.waitFor(() =>
      labelled.connection.names().includes('lab-team-c-labelled-new'),
    );
    expect(labelled.connection.names()).not.toContain(
      'lab-team-c-unlabelled-new',
    );
  });

  it('skips objects it cannot use, with a warning naming them', async () => {
    // A server without validation, to hold what a real one would refuse.
    const fake = await startCluster({ validate: undefined });
    fake.apply(isvc('good'));
    fake.apply({ ...isvc('odd'), spec: { predictor: 'sklearn' } });
    const { provider, connection, log } = await connect(fake, 'prod');
    await provider.refresh();
    expect(connection.names()).toEqual(['prod-team-a-good']);
    expect(log.at('warn')).toEqual([
      'Skipping InferenceService team-a/odd from kserve:prod: InferenceService team-a/odd has no spec.predictor',
    ]);
  });

  it('rejects objects in the fake cluster that the CRD schema rejects', async () => {
    const fake = await startCluster();
    expect(() =>
      fake.apply({
        ...isvc('bad'),
        spec: { predictor: { minReplicas: 'two' } },
      }),
    ).toThrow(/minReplicas/);
  });
});

describe('two clusters', () => {
  it('one failing leaves the other intact and keeps its own last state', async () => {
    const east = await startCluster();
    const west = await startCluster();
    for (const sample of clusterSamples('east-models')) east.apply(sample);
    west.apply(isvc('west-only', 'team-w'));

    const a = await connect(east, 'east');
    const b = await connect(west, 'west');
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);
    const eastNames = a.connection.names();
    expect(eastNames.length).toBeGreaterThan(15);
    expect(b.connection.names()).toEqual(['west-team-w-west-only']);
    expect(a.provider.getProviderName()).not.toBe(b.provider.getProviderName());

    west.setFailure({ status: 503, message: 'unavailable' });
    west.closeWatches();
    east.apply(isvc('new-in-east', 'team-e'));
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);

    expect(a.connection.names()).toEqual(
      [...eastNames, 'east-team-e-new-in-east'].sort(),
    );
    // The failing cluster applied nothing: no empty full mutation.
    expect(b.connection.mutations).toHaveLength(1);
    expect(b.connection.names()).toEqual(['west-team-w-west-only']);
    expect(b.log.at('error').join('\n')).toContain('HTTP 503');
    expect(a.log.at('error')).toEqual([]);
  });
});
