import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import {
  DeferredEntity,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { EntityContext, kserveObjectToEntities } from './entities';
import { describeObject } from './inspect';

/** One source object, with where it came from. */
export interface SourceObject {
  /** Identity of the object within its source, see {@link objectKey}. */
  key: string;
  object: unknown;
  context: EntityContext;
}

/** `<kind>/<namespace>/<name>`: the identity of an object in a cluster. */
export function objectKey(object: unknown, defaultNamespace = 'default') {
  const o = (object ?? {}) as {
    kind?: unknown;
    metadata?: { namespace?: unknown; name?: unknown };
  };
  const namespace =
    typeof o.metadata?.namespace === 'string' && o.metadata.namespace
      ? o.metadata.namespace
      : defaultNamespace;
  return `${String(o.kind)}/${namespace}/${String(o.metadata?.name)}`;
}

/**
 * What is kept per object once its entities are handed to the catalog: refs
 * to remove them later and, after a watch update, a fingerprint to skip
 * no-op updates. Not the entities themselves: at 10,000 servers they would
 * stay in memory for nothing.
 */
interface Held {
  name: string;
  refs: string[];
  /** Where the object was read (`managed-by-location`), for warnings. */
  location: string;
  fingerprint?: string;
}

function fingerprint(entities: Entity[]): string {
  return createHash('sha1').update(JSON.stringify(entities)).digest('base64');
}

/**
 * What one provider has given the catalog, and the mutations that change
 * it. Pure: no I/O, so it is tested and benchmarked on its own.
 *
 * Entity names derive from the object alone, except when two objects would
 * get the same name: the one that comes later (by key, in a full list) gets
 * a hashed name, so both reach the catalog.
 */
export class EntityState {
  private byKey = new Map<string, Held>();
  private nameOwners = new Map<string, string>();

  constructor(
    private readonly options: {
      /** Groups this provider's entities in the catalog (conflict checks). */
      locationKey: string;
      onWarning: (message: string) => void;
    },
  ) {}

  /** Number of source objects that produced entities. */
  get size(): number {
    return this.byKey.size;
  }

  /** Replaces everything: the `full` mutation of a complete listing. */
  replaceAll(objects: Iterable<SourceObject>): EntityProviderMutation {
    // Sorted, so which of two colliding objects gets the hashed name does
    // not depend on the order the source returned them in.
    const sorted = [...objects].sort((a, b) => {
      if (a.key === b.key) return 0;
      return a.key < b.key ? -1 : 1;
    });
    this.byKey = new Map();
    this.nameOwners = new Map();
    const entities: DeferredEntity[] = [];
    for (const source of sorted) {
      const kept = this.byKey.get(source.key);
      if (kept) {
        this.options.onWarning(
          `${describeObject(
            source.object,
          )} is defined more than once: keeping the one from ${
            kept.location
          }, ignoring the one from ${source.context.location}`,
        );
        continue;
      }
      const built = this.build(source);
      if (built) {
        this.hold(source.key, built.held);
        for (const entity of built.entities) entities.push(this.defer(entity));
      }
    }
    return { type: 'full', entities };
  }

  /**
   * Adds or updates one object: the `delta` mutation, or undefined when the
   * catalog already has exactly these entities.
   */
  upsert(source: SourceObject): EntityProviderMutation | undefined {
    const previous = this.byKey.get(source.key);
    if (previous) this.release(source.key, previous);
    const built = this.build(source);
    if (!built) {
      // The object became unusable: drop it, as a full list would.
      return previous ? this.removal(previous.refs) : undefined;
    }
    const { held, entities } = built;
    held.fingerprint = fingerprint(entities);
    this.hold(source.key, held);
    if (previous?.fingerprint === held.fingerprint) return undefined;
    const kept = new Set(held.refs);
    const stale = (previous?.refs ?? []).filter(ref => !kept.has(ref));
    return {
      type: 'delta',
      added: entities.map(e => this.defer(e)),
      removed: stale.map(ref => this.ref(ref)),
    };
  }

  /** Removes one object's entities, if it had any. */
  remove(key: string): EntityProviderMutation | undefined {
    const previous = this.byKey.get(key);
    if (!previous) return undefined;
    this.release(key, previous);
    return this.removal(previous.refs);
  }

  private build(
    source: SourceObject,
  ): { held: Held; entities: Entity[] } | undefined {
    try {
      let result = kserveObjectToEntities(source.object, source.context);
      let name = result.entities[0].metadata.name;
      const owner = this.nameOwners.get(name);
      if (owner !== undefined && owner !== source.key) {
        result = kserveObjectToEntities(source.object, source.context, {
          disambiguate: true,
        });
        const renamed = result.entities[0].metadata.name;
        const ownerLocation = this.byKey.get(owner)?.location;
        this.options.onWarning(
          `${describeObject(source.object)} from ${
            source.context.location
          } would be named ${name} like ${owner}${
            ownerLocation ? ` from ${ownerLocation}` : ''
          }, which keeps the name; named ${renamed} instead`,
        );
        name = renamed;
        if (this.nameOwners.has(name)) {
          this.options.onWarning(
            `Skipping ${describeObject(source.object)}: ${name} is taken`,
          );
          return undefined;
        }
      }
      for (const warning of result.warnings) this.options.onWarning(warning);
      return {
        held: {
          name,
          refs: result.entities.map(e => stringifyEntityRef(e)),
          location: source.context.location,
        },
        entities: result.entities,
      };
    } catch (error) {
      this.options.onWarning(
        `Skipping ${describeObject(source.object)} from ${
          source.context.location
        }: ${(error as Error).message}`,
      );
      return undefined;
    }
  }

  private hold(key: string, held: Held) {
    this.byKey.set(key, held);
    this.nameOwners.set(held.name, key);
  }

  private release(key: string, held: Held) {
    this.byKey.delete(key);
    if (this.nameOwners.get(held.name) === key) {
      this.nameOwners.delete(held.name);
    }
  }

  private defer(entity: Entity): DeferredEntity {
    return { entity, locationKey: this.options.locationKey };
  }

  private ref(entityRef: string) {
    return { entityRef, locationKey: this.options.locationKey };
  }

  private removal(refs: string[]): EntityProviderMutation {
    return {
      type: 'delta',
      added: [],
      removed: refs.map(ref => this.ref(ref)),
    };
  }
}
