import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readKServeSourceConfigs } from './config';

function read(kserve: JsonObject) {
  return readKServeSourceConfigs(
    new ConfigReader({ catalog: { providers: { kserve } } }),
  );
}

describe('readKServeSourceConfigs', () => {
  it('is empty without configuration', () => {
    expect(readKServeSourceConfigs(new ConfigReader({}))).toEqual([]);
  });

  it('reads a cluster with its defaults', () => {
    const [source] = read({
      prod: {
        url: 'https://api.prod.example.com:6443',
        serviceAccountToken: 'token',
        caData: 'LS0t',
        namespaces: ['models'],
        labelSelector: 'team=ml',
        defaults: {
          owner: 'group:default/ml-platform',
          lifecycle: 'production',
        },
      },
    });
    expect(source).toEqual({
      id: 'prod',
      type: 'kubernetes',
      cluster: 'prod',
      url: 'https://api.prod.example.com:6443',
      serviceAccountToken: 'token',
      caData: 'LS0t',
      skipTLSVerify: false,
      namespaces: ['models'],
      excludeNamespaces: [],
      labelSelector: 'team=ml',
      defaults: {
        owner: 'group:default/ml-platform',
        lifecycle: 'production',
        system: undefined,
      },
      entityShape: 'component-resource-api',
      schedule: { frequency: { minutes: 30 }, timeout: { minutes: 5 } },
      watch: true,
      pageSize: 500,
      requestTimeoutMs: 30000,
    });
  });

  it('tells manifests from clusters', () => {
    const sources = read({
      dir: { directory: './models' },
      file: { url: 'https://github.com/org/repo/blob/main/models.yaml' },
      tree: {
        url: 'https://github.com/org/repo/tree/main/models',
        type: 'manifests',
      },
      cluster: {
        url: 'https://api.example.com',
        cluster: 'east',
        schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
      },
    });
    expect(sources.map(s => [s.id, s.type, s.cluster])).toEqual([
      ['dir', 'manifests', 'dir'],
      ['file', 'manifests', 'file'],
      ['tree', 'manifests', 'tree'],
      ['cluster', 'kubernetes', 'east'],
    ]);
    expect(sources[0].schedule).toEqual({
      frequency: { minutes: 10 },
      timeout: { minutes: 3 },
    });
    expect(sources[3].schedule).toEqual({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
  });

  it.each([
    [{ a: {} }, /needs a url .* or a directory/],
    [{ a: { directory: 'x', url: 'https://x' } }, /either directory or url/],
    [{ a: { url: 'not a url' } }, /not a URL/],
    [
      { a: { url: 'https://x', type: 'git' } },
      /must be 'kubernetes' or 'manifests'/,
    ],
    [{ a: { type: 'kubernetes', directory: 'x' } }, /needs a url/],
    [{ a: { url: 'http://localhost:8001' } }, /skipTLSVerify: true/],
    [{ a: { url: 'https://x', cluster: '!!' } }, /letters or digits/],
    [{ a: { url: 'https://x', pageSize: 0 } }, /pageSize/],
    [
      {
        a: { url: 'https://x', cluster: 'prod' },
        b: { directory: 'y', cluster: 'Prod' },
      },
      /same cluster name/,
    ],
  ])('rejects %j', (kserve, message) => {
    expect(() => read(kserve)).toThrow(message);
  });

  it('reads the entity shape, component-resource-api unless told', () => {
    const sources = read({
      a: { directory: 'a' },
      b: { directory: 'b', entityShape: 'ai-model-server' },
      c: { url: 'https://x', entityShape: 'both' },
    });
    expect(sources.map(s => s.entityShape)).toEqual([
      'component-resource-api',
      'ai-model-server',
      'both',
    ]);
    expect(() =>
      read({ a: { directory: 'a', entityShape: 'AiModelServerAPI' } }),
    ).toThrow(
      "catalog.providers.kserve.a.entityShape must be one of 'component-resource-api', 'ai-model-server', 'both', got 'AiModelServerAPI'",
    );
  });

  it('allows plain HTTP when TLS verification is off', () => {
    expect(
      read({ proxy: { url: 'http://localhost:8001', skipTLSVerify: true } })[0],
    ).toMatchObject({ type: 'kubernetes', skipTLSVerify: true });
  });

  it('leaves out a source turned off, even one that would not be valid', () => {
    expect(
      read({
        examples: { directory: 'examples', enabled: false },
        prod: { url: 'https://api.prod.example.com:6443' },
      }).map(source => source.id),
    ).toEqual(['prod']);
  });
});
