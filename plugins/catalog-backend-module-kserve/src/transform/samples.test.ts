import {
  compileCrdValidators,
  validateObject as validateAgainstCrd,
} from '@litemaas/kubernetes-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { validateEntity } from '../testUtils/catalog';
import { SAMPLES_DIR, sampleFiles } from '../testUtils/paths';
import { loadSamples } from '../testUtils/samples';
import { kserveObjectToEntities, parseManifest } from '.';

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

  it('map LLM servers to openai APIs and the rest to openapi', () => {
    const types = Object.fromEntries(
      samples.map(({ object }) => [
        object.metadata.name,
        kserveObjectToEntities(object, {
          cluster: 'example',
          location: 'kserve:example',
        }).entities[2].spec?.type,
      ]),
    );
    expect(types).toMatchObject({
      'ibm-granite-2b-gpu': 'openai',
      'single-node-no-scheduler-cpu': 'openai',
      'simulated-premium': 'openai',
      'llama-31-8b-instruct': 'openai',
      'sklearn-iris': 'openapi',
      'torchserve-mnist-v2': 'openapi',
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
