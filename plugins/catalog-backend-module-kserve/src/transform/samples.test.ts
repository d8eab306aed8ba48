import {
  compileCrdValidators,
  validateObject as validateAgainstCrd,
} from '@litemaas/kubernetes-test-utils';
import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AiModelServerApiEntityProcessor } from '../processor';
import { validateEntity } from '../testUtils/catalog';
import {
  AI_MODEL_SERVER_SCHEMA,
  SAMPLES_DIR,
  sampleFiles,
} from '../testUtils/paths';
import { loadSamples } from '../testUtils/samples';
import { EntityShape, kserveObjectToEntities, parseManifest } from '.';

// The real manifests from KServe's and models-as-a-service's docs.
beforeAll(
  () => compileCrdValidators(['InferenceService', 'LLMInferenceService']),
  60_000,
);

describe('the shared sample InferenceServices', () => {
  const files = sampleFiles();
  const samples = loadSamples();

  it('are all there', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(samples.length).toBeGreaterThanOrEqual(20);
  });

  // A template with a `{docker_username}` placeholder, which is not YAML:
  // it is reported, not thrown.
  const NOT_YAML = 'kserve__bentoml__bentoml.yaml';

  it('report the one that is not YAML', () => {
    const parsed = parseManifest(
      fs.readFileSync(path.join(SAMPLES_DIR, NOT_YAML), 'utf8'),
      NOT_YAML,
    );
    expect(parsed).toEqual({
      objects: [],
      errors: [expect.stringContaining(NOT_YAML)],
      ignored: [],
    });
  });

  it.each(files.filter(f => f !== NOT_YAML))(
    '%s yields entities the catalog accepts',
    async file => {
      const parsed = parseManifest(
        fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8'),
        file,
      );
      expect(parsed.errors).toEqual([]);
      expect(parsed.objects.length).toBeGreaterThan(0);
      for (const object of parsed.objects) {
        const { entities, warnings } = kserveObjectToEntities(object, {
          cluster: 'example',
          location: `file:${path.join(SAMPLES_DIR, file)}`,
          defaults: {
            owner: 'group:default/ml-platform',
            lifecycle: 'experimental',
            system: 'litemaas',
          },
        });
        expect(warnings).toEqual([]);
        expect(entities.map(e => e.kind)).toEqual([
          'Component',
          'Resource',
          'API',
        ]);
        for (const entity of entities) {
          await validateEntity(entity);
          expect(entity.metadata.name.length).toBeLessThanOrEqual(63);
          expect(entity.spec?.owner).toBe('group:default/ml-platform');
        }
      }
    },
  );

  it('give every object a unique name', () => {
    const names = samples.map(
      ({ object }) =>
        kserveObjectToEntities(object, {
          cluster: 'example',
          location: 'kserve:example',
        }).entities[0].metadata.name,
    );
    expect(new Set(names).size).toBe(names.length);
  });

  const entitiesOf = (object: unknown, shape?: EntityShape) =>
    kserveObjectToEntities(object, {
      cluster: 'example',
      location: 'kserve:example',
      shape,
    }).entities;
  const byName = <T>(pick: (entities: Entity[]) => T) =>
    Object.fromEntries(
      samples.map(({ object }) => [
        object.metadata.name,
        pick(entitiesOf(object)),
      ]),
    );

  it('tell LLM servers, KServe protocols and gRPC-only servers apart', () => {
    expect(
      byName(
        ([component]) =>
          component.metadata.annotations?.['litemaas.io/protocol'],
      ),
    ).toMatchObject({
      'ibm-granite-2b-gpu': 'openai',
      'single-node-no-scheduler-cpu': 'openai',
      'simulated-premium': 'openai',
      'llama-31-8b-instruct': 'openai',
      'sklearn-iris': 'v1',
      'torchserve-mnist-v2': 'v2',
      // Only an h2c port: TorchServe's own gRPC API, and v2 over gRPC.
      'torchserve-grpc': 'grpc',
      'torch-transformer': 'grpc-v2',
    });
  });

  it('give every API an OpenAPI document the API docs render', () => {
    for (const { object } of samples) {
      const api = entitiesOf(object)[2];
      expect(api.kind).toBe('API');
      expect(api.spec?.type).toBe('openapi');
      const text = String(api.spec?.definition);
      // A document, not one line of JSON.
      expect(text.split('\n').length).toBeGreaterThan(5);
      expect(parseYaml(text)).toMatchObject({
        openapi: '3.0.3',
        servers: [{ url: expect.stringMatching(/^https?:\/\//) }],
        paths: expect.any(Object),
      });
    }
  });

  it('show transformers and explainers as annotations', () => {
    const parts = byName(([component]) => [
      component.metadata.annotations?.['litemaas.io/transformer'],
      component.metadata.annotations?.['litemaas.io/explainer'],
    ]);
    expect(parts).toMatchObject({
      'german-credit': [undefined, 'aipipeline/aifserver:latest'],
      mnist: ['kserve/mnist-transformer:latest', undefined],
      'torch-transformer': ['kserve/image-transformer:latest', undefined],
      'custom-transformer-collocation': [
        'kserve/image-transformer:latest (collocated)',
        undefined,
      ],
      'rollout-strategy-example': ['my-transformer:latest', undefined],
      'sklearn-iris': [undefined, undefined],
    });
  });

  describe('as AiModelServerAPI entities', () => {
    const reference = entityKindSchemaValidator(
      JSON.parse(fs.readFileSync(AI_MODEL_SERVER_SCHEMA, 'utf8')),
    );
    const processor = new AiModelServerApiEntityProcessor();

    it.each(['ai-model-server', 'both'] as EntityShape[])(
      'are valid against the reference schema and accepted by the processor (%s)',
      async shape => {
        for (const { file, object } of samples) {
          const servers = entitiesOf(object, shape).filter(
            e => e.kind === 'AiModelServerAPI',
          );
          expect({ file, count: servers.length }).toEqual({ file, count: 1 });
          const [server] = servers;
          // Throws with the reason when invalid; false for another kind.
          expect(reference(server)).toBe(server);
          await expect(processor.validateEntityKind(server)).resolves.toBe(
            true,
          );
          await validateEntity(server);
          expect(server.spec).toMatchObject({
            type: 'ai-model-server',
            serverUrl: expect.stringMatching(/^https?:\/\//),
          });
        }
      },
    );

    it('say which contract each server speaks', () => {
      const types = Object.fromEntries(
        samples.map(({ object }) => [
          object.metadata.name,
          entitiesOf(object, 'ai-model-server')[0].spec?.serverType,
        ]),
      );
      expect(types).toMatchObject({
        'ibm-granite-2b-gpu': 'openai-v1',
        'llama-31-8b-instruct': 'openai-v1',
        'sklearn-iris': 'kserve-v1',
        'torchserve-mnist-v2': 'kserve-v2',
        'torchserve-grpc': 'grpc',
        'torch-transformer': 'kserve-grpc-v2',
      });
    });
  });

  // The fake cluster only serves objects a real API server would accept.
  it('are valid against the real KServe CRD schemas', () => {
    for (const { file, object } of samples) {
      expect({ file, problems: validateAgainstCrd(object) }).toEqual({
        file,
        problems: [],
      });
    }
  });

  it('and the CRD check catches invalid objects', () => {
    const [{ object }] = samples.filter(
      s => s.object.kind === 'InferenceService',
    );
    expect(
      validateAgainstCrd({
        ...object,
        spec: {
          ...object.spec,
          predictor: { ...object.spec.predictor, minReplicas: 'two' },
        },
      }),
    ).toEqual([expect.stringContaining('/spec/predictor/minReplicas')]);
    expect(
      validateAgainstCrd({ ...object, metadata: { name: 'Not_Valid' } }),
    ).toEqual([expect.stringContaining('metadata.name')]);
  });
});
