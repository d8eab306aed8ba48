import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import { AI_MODEL_SERVER_SCHEMA } from '../testUtils/paths';
import { AiModelServerApiEntityProcessor } from './AiModelServerApiEntityProcessor';

const server: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'AiModelServerAPI',
  metadata: { name: 'prod-llm-granite', namespace: 'models' },
  spec: {
    type: 'ai-model-server',
    lifecycle: 'production',
    owner: 'ml-platform',
    system: 'system:default/litemaas',
    serverType: 'openai-v1',
    serverUrl: 'https://granite.example.com/v1',
    requiresApiKey: true,
    apiEntityRef: 'api:prod-llm-granite',
    models: { discoverable: true, available: ['granite'], default: 'granite' },
  },
};

function withSpec(spec: Record<string, unknown>): Entity {
  return { ...server, spec: { ...server.spec, ...spec } } as Entity;
}

const location = { type: 'url', target: 'kserve:prod' };

describe('AiModelServerApiEntityProcessor', () => {
  const processor = new AiModelServerApiEntityProcessor();
  // The reference schema of Red Hat Developer Hub's kind, in shared/.
  const reference = entityKindSchemaValidator(
    JSON.parse(fs.readFileSync(AI_MODEL_SERVER_SCHEMA, 'utf8')),
  );
  const accepts = async (entity: Entity) => {
    try {
      return await processor.validateEntityKind(entity);
    } catch {
      return false;
    }
  };
  const referenceAccepts = (entity: Entity) => {
    try {
      return reference(entity) !== false;
    } catch {
      return false;
    }
  };

  it('accepts a valid AiModelServerAPI, also without its optional fields', async () => {
    expect(await processor.validateEntityKind(server)).toBe(true);
    expect(referenceAccepts(server)).toBe(true);
    const minimal = withSpec({});
    delete minimal.spec!.system;
    delete minimal.spec!.models;
    delete minimal.spec!.apiEntityRef;
    delete minimal.spec!.requiresApiKey;
    expect(await processor.validateEntityKind(minimal)).toBe(true);
  });

  it('leaves other kinds to other processors', async () => {
    expect(
      await processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
        spec: { type: 'service', owner: 'a', lifecycle: 'production' },
      }),
    ).toBe(false);
    expect(
      await processor.validateEntityKind({
        ...server,
        apiVersion: 'example.com/v1',
      }),
    ).toBe(false);
  });

  const invalid: Array<[string, Entity]> = [
    ['no serverUrl', withSpec({ serverUrl: undefined })],
    ['no serverType', withSpec({ serverType: undefined })],
    ['no owner', withSpec({ owner: undefined })],
    ['no lifecycle', withSpec({ lifecycle: undefined })],
    ['another spec.type', withSpec({ type: 'openapi' })],
    ['an empty serverUrl', withSpec({ serverUrl: '' })],
    ['requiresApiKey as text', withSpec({ requiresApiKey: 'yes' })],
    ['models.available not a list', withSpec({ models: { available: 'x' } })],
    ['an empty model name', withSpec({ models: { available: [''] } })],
    ['models.discoverable as text', withSpec({ models: { discoverable: 1 } })],
    ['no spec', { ...server, spec: undefined }],
  ];

  it.each(invalid)(
    'rejects %s, as the reference schema does',
    async (_, entity) => {
      // Clean out the undefined fields, as JSON would.
      const json = JSON.parse(JSON.stringify(entity));
      expect(referenceAccepts(json)).toBe(false);
      await expect(processor.validateEntityKind(json)).rejects.toThrow(
        TypeError,
      );
      expect(await accepts(json)).toBe(false);
    },
  );

  it('relates the server to its owner and system', async () => {
    const emitted: CatalogProcessorResult[] = [];
    const result = await processor.postProcessEntity(server, location, r =>
      emitted.push(r),
    );
    expect(result).toBe(server);
    const self = {
      kind: 'AiModelServerAPI',
      namespace: 'models',
      name: 'prod-llm-granite',
    };
    const owner = { kind: 'Group', namespace: 'models', name: 'ml-platform' };
    const system = { kind: 'system', namespace: 'default', name: 'litemaas' };
    expect(emitted).toEqual([
      {
        type: 'relation',
        relation: { source: self, type: 'ownedBy', target: owner },
      },
      {
        type: 'relation',
        relation: { source: owner, type: 'ownerOf', target: self },
      },
      {
        type: 'relation',
        relation: { source: self, type: 'partOf', target: system },
      },
      {
        type: 'relation',
        relation: { source: system, type: 'hasPart', target: self },
      },
    ]);
  });

  it('relates nothing of other kinds', async () => {
    const emit = jest.fn();
    await processor.postProcessEntity(
      { ...server, kind: 'Component' },
      location,
      emit,
    );
    expect(emit).not.toHaveBeenCalled();
  });
});
