import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  ModelLifecycleInfo,
  ModelLifecycleProcessor,
  ModelLifecycleSource,
  readModelLifecycleConfig,
} from './ModelLifecycleProcessor';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'prod-llm-granite',
    annotations: {
      'litemaas.io/model-name': 'granite',
      'litemaas.io/cluster': 'prod',
    },
  },
  spec: { type: 'model-server', lifecycle: 'production', owner: 'ml-platform' },
};
const resource: Entity = {
  ...component,
  kind: 'Resource',
  spec: { type: 'ai-model', owner: 'ml-platform' },
};
const withModel = (name: string): Entity => ({
  ...component,
  metadata: {
    ...component.metadata,
    annotations: { 'litemaas.io/model-name': name },
  },
});

const granite: ModelLifecycleInfo = {
  modelName: 'granite',
  state: 'deprecated',
  replacement: 'granite-4',
  retireAt: '2027-01-31T00:00:00.000Z',
  note: 'Move to granite-4',
};
const llama: ModelLifecycleInfo = {
  modelName: 'llama',
  state: 'retired',
  retireAt: '2026-11-30T00:00:00.000Z',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function setup(options?: {
  refreshSeconds?: number;
  maxStaleSeconds?: number;
}) {
  let now = 1_000_000;
  const answers: Array<() => Promise<Response>> = [];
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => {
    const next = answers.shift();
    if (!next) throw new Error('no answer prepared');
    return next();
  });
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth({ pluginId: 'catalog' });
  const tokenSpy = jest.spyOn(auth, 'getPluginRequestToken');
  const discovery = {
    getBaseUrl: jest.fn(async (id: string) => `http://backend.test/api/${id}`),
  };
  const source = new ModelLifecycleSource({
    discovery,
    auth,
    logger,
    fetch: fetchMock as unknown as typeof fetch,
    now: () => now,
    ...options,
  });
  const processor = new ModelLifecycleProcessor(source);
  return {
    process: (entity: Entity) => processor.preProcessEntity(entity),
    answer: (response: () => Promise<Response>) => answers.push(response),
    answerItems: (...items: unknown[]) =>
      answers.push(async () => json({ items })),
    fetchMock,
    logger,
    tokenSpy,
    discovery,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ModelLifecycleProcessor', () => {
  it('marks a deprecated model: lifecycle and annotations, without touching the input', async () => {
    const t = setup();
    t.answerItems(granite, llama);
    const before = JSON.parse(JSON.stringify(component));
    const result = await t.process(component);
    expect(result).toEqual({
      ...component,
      metadata: {
        ...component.metadata,
        annotations: {
          'litemaas.io/model-name': 'granite',
          'litemaas.io/cluster': 'prod',
          'litemaas.io/deprecation': 'deprecated',
          'litemaas.io/retire-at': '2027-01-31T00:00:00.000Z',
          'litemaas.io/replacement': 'granite-4',
        },
      },
      spec: { ...component.spec, lifecycle: 'deprecated' },
    });
    expect(component).toEqual(before);
    // The backend's route, called as the catalog's own service principal.
    expect(t.discovery.getBaseUrl).toHaveBeenCalledWith('litemaas');
    expect(t.fetchMock).toHaveBeenCalledWith(
      'http://backend.test/api/litemaas/models/lifecycle',
      expect.objectContaining({
        headers: { Authorization: expect.stringMatching(/^Bearer \S+/) },
      }),
    );
    expect(t.tokenSpy).toHaveBeenCalledWith({
      onBehalfOf: expect.objectContaining({
        principal: expect.objectContaining({
          type: 'service',
          subject: 'plugin:catalog',
        }),
      }),
      targetPluginId: 'litemaas',
    });
  });

  it('marks a retired model, with no replacement annotation when none is named', async () => {
    const t = setup();
    t.answerItems(granite, llama);
    const result = await t.process(withModel('llama'));
    expect(result.spec?.lifecycle).toBe('retired');
    expect(result.metadata.annotations).toEqual({
      'litemaas.io/model-name': 'llama',
      'litemaas.io/deprecation': 'retired',
      'litemaas.io/retire-at': '2026-11-30T00:00:00.000Z',
    });
  });

  it('adds only the annotations to kinds without a lifecycle', async () => {
    const t = setup();
    t.answerItems(granite);
    const result = await t.process(resource);
    expect(result.spec).toEqual(resource.spec);
    expect(result.spec).not.toHaveProperty('lifecycle');
    expect(result.metadata.annotations).toMatchObject({
      'litemaas.io/deprecation': 'deprecated',
      'litemaas.io/retire-at': granite.retireAt,
      'litemaas.io/replacement': 'granite-4',
    });
  });

  it('leaves a model that is not deprecated exactly as it is', async () => {
    const t = setup();
    t.answerItems(llama);
    const entity = withModel('mistral');
    expect(await t.process(entity)).toBe(entity);
  });

  it('leaves entities without the annotation alone, without asking the backend', async () => {
    const t = setup();
    const entity: Entity = {
      ...component,
      metadata: { name: 'other', annotations: { 'example.com/x': 'y' } },
    };
    expect(await t.process(entity)).toBe(entity);
    const bare: Entity = { ...component, metadata: { name: 'bare' } };
    expect(await t.process(bare)).toBe(bare);
    expect(t.fetchMock).not.toHaveBeenCalled();
  });

  it('shares one request between concurrent processings, and uses the list until it expires', async () => {
    const t = setup({ refreshSeconds: 60 });
    let release!: () => void;
    t.answer(
      () =>
        new Promise(resolve => {
          release = () => resolve(json({ items: [granite] }));
        }),
    );
    const pending = [1, 2, 3, 4, 5].map(() => t.process(component));
    await new Promise(resolve => setImmediate(resolve));
    release();
    const results = await Promise.all(pending);
    expect(results.map(r => r.spec?.lifecycle)).toEqual(
      Array(5).fill('deprecated'),
    );
    expect(t.fetchMock).toHaveBeenCalledTimes(1);

    t.advance(59_000);
    await t.process(component);
    expect(t.fetchMock).toHaveBeenCalledTimes(1);

    // Expired: read again, and the model has since retired.
    t.advance(2_000);
    t.answerItems({ ...granite, state: 'retired' });
    expect((await t.process(component)).spec?.lifecycle).toBe('retired');
    expect(t.fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the last list while the backend fails, for maxStaleSeconds, then leaves entities unchanged', async () => {
    const t = setup({ refreshSeconds: 60, maxStaleSeconds: 600 });
    t.answerItems(granite);
    expect((await t.process(component)).spec?.lifecycle).toBe('deprecated');

    t.advance(61_000);
    t.answer(async () => json({ error: { message: 'down' } }, 503));
    const during = await t.process(component);
    expect(during.spec?.lifecycle).toBe('deprecated');
    expect(during.metadata.annotations?.['litemaas.io/deprecation']).toBe(
      'deprecated',
    );
    expect(t.logger.warn).toHaveBeenCalledTimes(1);
    expect(t.logger.warn.mock.calls[0][0]).toMatch(
      /Could not read the LiteMaaS model lifecycle list .*503.*keeping the last list read/,
    );

    // A failure is not retried for every entity.
    await t.process(component);
    expect(t.fetchMock).toHaveBeenCalledTimes(2);

    // Past maxStaleSeconds since the last good read.
    t.advance(540_000);
    t.answer(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await t.process(component)).toBe(component);
    expect(t.fetchMock).toHaveBeenCalledTimes(3);
  });

  it('leaves entities unchanged while the backend is not up yet, and marks them once it answers', async () => {
    const t = setup();
    t.answer(async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'ECONNREFUSED' },
      });
    });
    expect(await t.process(component)).toBe(component);

    t.advance(5_000);
    expect(await t.process(component)).toBe(component);
    expect(t.fetchMock).toHaveBeenCalledTimes(1);

    t.advance(5_000);
    t.answer(async () => json({ error: { message: 'starting' } }, 503));
    expect(await t.process(component)).toBe(component);

    t.advance(10_000);
    t.answerItems(granite);
    expect((await t.process(component)).spec?.lifecycle).toBe('deprecated');
    expect(t.fetchMock).toHaveBeenCalledTimes(3);
    // Two failures within a minute: one warning, then one note of recovery.
    expect(t.logger.warn).toHaveBeenCalledTimes(1);
    expect(t.logger.warn.mock.calls[0][0]).toMatch(
      /fetch failed.*entities keep the lifecycle their source gives/,
    );
    expect(t.logger.info).toHaveBeenCalledWith(
      'The LiteMaaS model lifecycle list can be read again',
    );
  });

  it('warns at most once a minute', async () => {
    const t = setup();
    for (let i = 0; i < 8; i++) {
      t.answer(async () => json({}, 500));
      await t.process(component);
      t.advance(10_000);
    }
    expect(t.fetchMock).toHaveBeenCalledTimes(8);
    // At 0 s and 60 s.
    expect(t.logger.warn).toHaveBeenCalledTimes(2);
    expect(t.logger.debug).toHaveBeenCalledTimes(6);
  });

  it('treats an answer without items as a failure, and skips malformed items', async () => {
    const t = setup();
    t.answer(async () => json({ models: [] }));
    expect(await t.process(component)).toBe(component);
    expect(t.logger.warn).toHaveBeenCalledTimes(1);

    t.advance(10_000);
    t.answerItems(
      { modelName: 'llama', state: 'gone', retireAt: 'x' },
      { modelName: 'granite' },
      null,
      { ...granite, modelName: 'mistral' },
    );
    expect(await t.process(component)).toBe(component);
    expect(
      (await t.process(withModel('llama'))).metadata.annotations,
    ).not.toHaveProperty('litemaas.io/deprecation');
    expect((await t.process(withModel('mistral'))).spec?.lifecycle).toBe(
      'deprecated',
    );
  });
});

describe('readModelLifecycleConfig', () => {
  const read = (data: object) =>
    readModelLifecycleConfig(
      new ConfigReader({ catalog: { providers: { kserveLifecycle: data } } }),
    );

  it('defaults to on, 60 s and 10 minutes', () => {
    expect(readModelLifecycleConfig(new ConfigReader({}))).toEqual({
      enabled: true,
      refreshSeconds: 60,
      maxStaleSeconds: 600,
    });
    expect(read({ enabled: false, refreshSeconds: 30 })).toEqual({
      enabled: false,
      refreshSeconds: 30,
      maxStaleSeconds: 600,
    });
    expect(read({ refreshSeconds: 900 }).maxStaleSeconds).toBe(900);
  });

  it('refuses values that make no sense', () => {
    expect(() => read({ refreshSeconds: 0 })).toThrow(
      /refreshSeconds must be a positive number/,
    );
    expect(() => read({ refreshSeconds: 120, maxStaleSeconds: 60 })).toThrow(
      /maxStaleSeconds must be at least refreshSeconds/,
    );
  });
});
