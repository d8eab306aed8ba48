import { EntityState, objectKey, SourceObject } from '.';

const context = { cluster: 'prod', location: 'kserve:prod' };

function source(
  namespace: string,
  name: string,
  extra: any = {},
): SourceObject {
  const object = {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name, namespace, ...extra.metadata },
    spec: { predictor: { sklearn: { storageUri: 's3://m' } } },
    ...extra.body,
  };
  return { key: objectKey(object), object, context };
}

function newState() {
  const warnings: string[] = [];
  const state = new EntityState({
    locationKey: 'KServeEntityProvider:prod',
    onWarning: w => warnings.push(w),
  });
  return { state, warnings };
}

describe('EntityState', () => {
  it('builds a full mutation with the provider as location key', () => {
    const { state } = newState();
    const mutation = state.replaceAll([source('a', 'one'), source('b', 'two')]);
    expect(mutation.type).toBe('full');
    if (mutation.type !== 'full') return;
    expect(mutation.entities).toHaveLength(6);
    expect(
      mutation.entities.every(
        e => e.locationKey === 'KServeEntityProvider:prod',
      ),
    ).toBe(true);
    expect(state.size).toBe(2);
  });

  it('skips unusable objects with a warning naming them', () => {
    const { state, warnings } = newState();
    const broken = source('a', 'broken', { body: { spec: 'nope' } });
    const mutation = state.replaceAll([source('a', 'one'), broken]);
    expect(mutation.type === 'full' && mutation.entities).toHaveLength(3);
    expect(warnings).toEqual([
      'Skipping InferenceService a/broken from kserve:prod: InferenceService a/broken has no spec',
    ]);
  });

  it('gives colliding names a hash instead of dropping one', () => {
    const { state, warnings } = newState();
    const mutation = state.replaceAll([source('a-b', 'c'), source('a', 'b-c')]);
    if (mutation.type !== 'full') throw new Error('expected full');
    const names = new Set(mutation.entities.map(e => e.entity.metadata.name));
    expect(names.size).toBe(2);
    expect(names).toContain('prod-a-b-c');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^InferenceService a\/b-c from kserve:prod would be named prod-a-b-c like InferenceService\/a-b\/c from kserve:prod, which keeps the name; named prod-a-b-c-[0-9a-f]{8} instead$/,
      ),
    ]);
  });

  it('produces deltas for changes and nothing for no-ops', () => {
    const { state } = newState();
    state.replaceAll([source('a', 'one')]);
    // The state keeps no entities after a full list, so the first update
    // is sent; the catalog skips it if unchanged. A repeat is not sent.
    expect(state.upsert(source('a', 'one'))?.type).toBe('delta');
    expect(state.upsert(source('a', 'one'))).toBeUndefined();

    const changed = state.upsert(
      source('a', 'one', {
        metadata: { annotations: { 'litemaas.io/owner': 'group:default/x' } },
      }),
    );
    expect(changed).toMatchObject({ type: 'delta', removed: [] });
    expect(changed?.type === 'delta' && changed.added).toHaveLength(3);

    const added = state.upsert(source('a', 'two'));
    expect(added?.type === 'delta' && added.added).toHaveLength(3);
    expect(state.size).toBe(2);

    const removed = state.remove(objectKey(source('a', 'one').object));
    expect(removed).toEqual({
      type: 'delta',
      added: [],
      removed: [
        'component:default/prod-a-one',
        'resource:default/prod-a-one',
        'api:default/prod-a-one',
      ].map(entityRef => ({
        entityRef,
        locationKey: 'KServeEntityProvider:prod',
      })),
    });
    expect(state.remove('InferenceService/a/none')).toBeUndefined();
    expect(state.size).toBe(1);
  });

  it('removes the entities of an object that became unusable', () => {
    const { state } = newState();
    state.replaceAll([source('a', 'one')]);
    const mutation = state.upsert(source('a', 'one', { body: { spec: null } }));
    expect(mutation?.type === 'delta' && mutation.removed).toHaveLength(3);
    expect(state.size).toBe(0);
  });
});
