import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { AiModelServerApiEntityProcessor } from '../processor';

// The policies the catalog enforces on every entity, then the kind schemas
// its built-in processor checks.
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const aiModelServerApi = new AiModelServerApiEntityProcessor();
const kindValidators = [
  componentEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  apiEntityV1alpha1Validator,
  // The kind this module registers with the catalog.
  { check: (entity: Entity) => aiModelServerApi.validateEntityKind(entity) },
];

/** Throws when the catalog would reject the entity. */
export async function validateEntity(entity: Entity): Promise<void> {
  const enforced = await policy.enforce(entity);
  if (!enforced) throw new Error('entity policy rejected the entity');
  let known = false;
  for (const validator of kindValidators) {
    if (await validator.check(enforced)) known = true;
  }
  if (!known) throw new Error(`no validator for kind ${entity.kind}`);
  // The relation fields must parse as the catalog's processor reads them.
  const spec = (enforced.spec ?? {}) as Record<string, unknown>;
  parseEntityRef(String(spec.owner), { defaultKind: 'Group' });
  if (spec.system) {
    parseEntityRef(String(spec.system), { defaultKind: 'System' });
  }
  for (const ref of (spec.providesApis as string[]) ?? []) {
    parseEntityRef(ref, { defaultKind: 'API' });
  }
  for (const ref of (spec.dependsOn as string[]) ?? []) parseEntityRef(ref);
  if (spec.apiEntityRef) {
    parseEntityRef(String(spec.apiEntityRef), { defaultKind: 'API' });
  }
}

/**
 * Records mutations and keeps the entities a provider has in the catalog,
 * applying full and delta mutations the way the catalog does.
 */
export class FakeConnection implements EntityProviderConnection {
  readonly mutations: EntityProviderMutation[] = [];
  readonly entities = new Map<string, Entity>();
  failWith?: Error;

  async applyMutation(mutation: EntityProviderMutation): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.mutations.push(mutation);
    if (mutation.type === 'full') {
      this.entities.clear();
      for (const { entity } of mutation.entities) {
        this.entities.set(stringifyEntityRef(entity), entity);
      }
      return;
    }
    for (const removed of mutation.removed) {
      this.entities.delete(
        'entityRef' in removed
          ? removed.entityRef
          : stringifyEntityRef(removed.entity),
      );
    }
    for (const { entity } of mutation.added) {
      this.entities.set(stringifyEntityRef(entity), entity);
    }
  }

  async refresh(): Promise<void> {}

  names(kind = 'component'): string[] {
    return [...this.entities.keys()]
      .filter(ref => ref.startsWith(`${kind}:`))
      .map(ref => ref.split('/')[1])
      .sort();
  }

  /** Resolves when the predicate holds, or rejects after the timeout. */
  async waitFor(
    predicate: () => boolean,
    timeoutMs = 5000,
    what = 'condition',
  ): Promise<number> {
    const started = Date.now();
    while (!predicate()) {
      if (Date.now() - started > timeoutMs) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    return Date.now() - started;
  }
}

/** A logger that keeps what it was given, to assert on warnings. */
export function recordingLogger() {
  const messages: Array<{ level: string; message: string }> = [];
  const make = (): LoggerService => ({
    error: (message: string) => {
      messages.push({ level: 'error', message });
    },
    warn: (message: string) => {
      messages.push({ level: 'warn', message });
    },
    info: (message: string) => {
      messages.push({ level: 'info', message });
    },
    debug: (message: string) => {
      messages.push({ level: 'debug', message });
    },
    child: () => make(),
  });
  return {
    logger: make(),
    messages,
    at: (level: string) =>
      messages.filter(m => m.level === level).map(m => m.message),
  };
}

/** A task runner that leaves running to the test. */
export const manualTaskRunner = {
  run: async () => {},
};
