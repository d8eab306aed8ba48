import { UrlReaderService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FakeConnection,
  manualTaskRunner,
  recordingLogger,
  validateEntity,
} from '../testUtils/catalog';
import { SAMPLES_DIR, sampleFiles } from '../testUtils/paths';
import { loadSamples } from '../testUtils/samples';
import { ManifestSourceConfig, readKServeSourceConfigs } from './config';
import { KServeManifestEntityProvider } from './KServeManifestEntityProvider';

async function connect(source: JsonObject, urlReader?: UrlReaderService) {
  const [config] = readKServeSourceConfigs(
    new ConfigReader({
      catalog: { providers: { kserve: { examples: source } } },
    }),
  );
  const log = recordingLogger();
  const provider = new KServeManifestEntityProvider(
    config as ManifestSourceConfig,
    log.logger,
    manualTaskRunner,
    urlReader,
  );
  const connection = new FakeConnection();
  await provider.connect(connection);
  return { provider, connection, log };
}

const isvcYaml = (name: string, namespace = 'team-a') => `
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  predictor:
    sklearn:
      storageUri: s3://models/${name}
`;

describe('KServeManifestEntityProvider', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kserve-manifests-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('ingests the sample folder as a directory source', async () => {
    const { provider, connection, log } = await connect({
      directory: SAMPLES_DIR,
      cluster: 'example',
      defaults: {
        owner: 'group:default/ml-platform',
        lifecycle: 'experimental',
        system: 'litemaas',
      },
    });
    expect(provider.getProviderName()).toBe('KServeEntityProvider:examples');
    await provider.refresh();

    const samples = loadSamples();
    expect(connection.mutations).toHaveLength(1);
    expect(connection.mutations[0].type).toBe('full');
    expect(connection.names()).toHaveLength(samples.length);
    expect(connection.names('resource')).toHaveLength(samples.length);
    expect(connection.names('api')).toHaveLength(samples.length);
    expect(connection.names()).toEqual(
      expect.arrayContaining([
        'example-llm-ibm-granite-2b-gpu',
        'example-default-sklearn-iris',
        'example-kserve-test-sklearn-oci-fetch',
      ]),
    );
    for (const entity of connection.entities.values()) {
      await validateEntity(entity);
      expect(entity.spec?.owner).toBe('group:default/ml-platform');
    }
    const granite = connection.entities.get(
      'component:default/example-llm-ibm-granite-2b-gpu',
    )!;
    expect(granite.metadata.annotations).toMatchObject({
      'backstage.io/managed-by-location': `file:${path.join(
        SAMPLES_DIR,
        'maas__ibm-granite-2b-gpu__model.yaml',
      )}`,
      'backstage.io/managed-by-origin-location': `file:${SAMPLES_DIR}`,
    });
    expect(granite.spec).toMatchObject({
      lifecycle: 'experimental',
      system: 'litemaas',
    });
    // The one sample that is not YAML is reported by file name.
    expect(log.at('warn')).toEqual([
      expect.stringContaining('kserve__bentoml__bentoml.yaml'),
    ]);
    expect(log.at('info').join('\n')).toContain(
      `${samples.length} model servers from ${sampleFiles().length} files`,
    );
  });

  it('reads nested folders, filters namespaces and skips duplicates with a warning naming the file kept', async () => {
    fs.mkdirSync(path.join(tmp, 'team-a'));
    fs.writeFileSync(path.join(tmp, 'team-a', 'a.yaml'), isvcYaml('a'));
    fs.writeFileSync(path.join(tmp, 'b.yml'), isvcYaml('b', 'team-b'));
    fs.writeFileSync(path.join(tmp, 'copy.yaml'), isvcYaml('a'));
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'not a manifest');
    const { provider, connection, log } = await connect({
      directory: tmp,
      cluster: 'git',
      excludeNamespaces: ['team-b'],
    });
    await provider.refresh();
    expect(connection.names()).toEqual(['git-team-a-a']);
    // Files are read in name order: copy.yaml before team-a/a.yaml.
    const kept = `file:${path.join(tmp, 'copy.yaml')}`;
    expect(log.at('warn')).toEqual([
      `InferenceService team-a/a is defined more than once: keeping the one from ${kept}, ignoring the one from file:${path.join(
        tmp,
        'team-a',
        'a.yaml',
      )}`,
    ]);
    expect(
      connection.entities.get('component:default/git-team-a-a')?.metadata
        .annotations?.['backstage.io/managed-by-location'],
    ).toBe(kept);
  });

  it('logs other kinds at debug with their kind, and warns that a legacy v1alpha2 InferenceService is the legacy shape', async () => {
    fs.writeFileSync(
      path.join(tmp, 'app.yaml'),
      [
        isvcYaml('a'),
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: settings, namespace: team-a }',
        '---',
        'apiVersion: serving.kserve.io/v1alpha1',
        'kind: ServingRuntime',
        'metadata: { name: my-runtime }',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(tmp, 'old.yaml'),
      [
        'apiVersion: serving.kubeflow.org/v1alpha2',
        'kind: InferenceService',
        'metadata: { name: flowers, namespace: team-a }',
        'spec:',
        '  default:',
        '    predictor:',
        '      tensorflow: { storageUri: gs://kfserving-samples/flowers }',
      ].join('\n'),
    );
    const { provider, connection, log } = await connect({
      directory: tmp,
      cluster: 'git',
    });
    await provider.refresh();
    expect(connection.names()).toEqual(['git-team-a-a']);
    expect(log.at('debug')).toEqual([
      'Ignoring app.yaml (document 2): ConfigMap team-a/settings (v1): not an InferenceService or LLMInferenceService',
      'Ignoring app.yaml (document 3): ServingRuntime my-runtime (serving.kserve.io/v1alpha1): not an InferenceService or LLMInferenceService',
    ]);
    expect(log.at('warn')).toEqual([
      `Skipping InferenceService team-a/flowers from file:${path.join(
        tmp,
        'old.yaml',
      )}: InferenceService team-a/flowers (serving.kubeflow.org/v1alpha2) is in the legacy v1alpha2 shape of KFServing (spec.default.predictor); KServe reads only v1beta1 (spec.predictor): convert it to serving.kserve.io/v1beta1 to have it in the catalog`,
    ]);
  });

  it('emits the entity shape it is configured for', async () => {
    const samples = loadSamples();
    const ai = await connect({
      directory: SAMPLES_DIR,
      cluster: 'example',
      entityShape: 'ai-model-server',
    });
    await ai.provider.refresh();
    expect(ai.connection.entities.size).toBe(samples.length);
    expect(ai.connection.names('aimodelserverapi')).toHaveLength(
      samples.length,
    );
    for (const entity of ai.connection.entities.values()) {
      await validateEntity(entity);
    }

    const both = await connect({
      directory: SAMPLES_DIR,
      cluster: 'example',
      entityShape: 'both',
    });
    await both.provider.refresh();
    expect(both.connection.entities.size).toBe(samples.length * 4);
    expect(
      both.connection.entities.get(
        'aimodelserverapi:default/example-llm-ibm-granite-2b-gpu',
      )?.spec,
    ).toMatchObject({
      serverType: 'openai-v1',
      apiEntityRef: 'api:example-llm-ibm-granite-2b-gpu',
    });
  });

  it('keeps the last state when the folder cannot be read', async () => {
    fs.writeFileSync(path.join(tmp, 'a.yaml'), isvcYaml('a'));
    const { provider, connection, log } = await connect({
      directory: tmp,
      cluster: 'git',
    });
    await provider.refresh();
    expect(connection.names()).toEqual(['git-team-a-a']);

    fs.rmSync(tmp, { recursive: true, force: true });
    await provider.refresh();
    expect(connection.mutations).toHaveLength(1);
    expect(connection.names()).toEqual(['git-team-a-a']);
    expect(log.at('error')).toEqual([
      expect.stringContaining('reading failed, keeping the 1 model servers'),
    ]);
  });

  it('reads a manifest file or a folder at a URL through the UrlReaderService', async () => {
    const files: Record<string, string> = {
      'models/a.yaml': isvcYaml('a'),
      'models/b.yaml': isvcYaml('b'),
    };
    const urlReader = {
      readUrl: jest.fn(async (url: string) => ({
        buffer: async () => Buffer.from(isvcYaml(path.basename(url, '.yaml'))),
      })),
      readTree: jest.fn(async (_url: string, options?: any) => ({
        files: async () =>
          Object.entries(files)
            .filter(([file]) => options?.filter?.(file) ?? true)
            .map(([file, text]) => ({
              path: file,
              content: async () => Buffer.from(text),
            })),
      })),
      search: jest.fn(),
    } as unknown as UrlReaderService;

    const single = await connect(
      { url: 'https://git.example.com/org/repo/blob/main/single.yaml' },
      urlReader,
    );
    await single.provider.refresh();
    expect(single.connection.names()).toEqual(['examples-team-a-single']);
    expect(
      single.connection.entities.get('component:default/examples-team-a-single')
        ?.metadata.annotations?.['backstage.io/managed-by-location'],
    ).toBe('url:https://git.example.com/org/repo/blob/main/single.yaml');

    const tree = await connect(
      {
        type: 'manifests',
        url: 'https://git.example.com/org/repo/tree/main/',
        cluster: 'gitops',
      },
      urlReader,
    );
    await tree.provider.refresh();
    expect(tree.connection.names()).toEqual([
      'gitops-team-a-a',
      'gitops-team-a-b',
    ]);
    expect(
      tree.connection.entities.get('api:default/gitops-team-a-b')?.metadata
        .annotations,
    ).toMatchObject({
      'backstage.io/managed-by-location':
        'url:https://git.example.com/org/repo/tree/main/models/b.yaml',
      'backstage.io/managed-by-origin-location':
        'url:https://git.example.com/org/repo/tree/main/',
    });
  });
});
