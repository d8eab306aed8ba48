import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** A catalog Component, with the System and Domain its spend rolls up to. */
export interface CatalogComponent {
  /** `component:ns/name`, lower case. */
  ref: string;
  title?: string;
  /** Lower-case full ref of its owner (`group:default/payments`). */
  ownerRef?: string;
  systemRef?: string;
  /** The Domain of its System. */
  domainRef?: string;
}

/** Any catalog entity, with its owner. */
export interface CatalogOwnedEntity {
  /** `kind:ns/name`, lower case. */
  ref: string;
  /** Lower case: `component`, `system`, `domain`, … */
  kind: string;
  title?: string;
  ownerRef?: string;
}

/** Looks Components up in the catalog, with their System and Domain. */
export interface ComponentDirectory {
  /** The Components the catalog has among `refs`, by lower-case ref. */
  lookup(refs: string[]): Promise<Map<string, CatalogComponent>>;
  /** One entity of any kind, with its owner; undefined when the catalog has none. */
  entity(ref: string): Promise<CatalogOwnedEntity | undefined>;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** `spec.owner: payments` in namespace `default` is `group:default/payments`. */
function relationRef(
  value: unknown,
  defaultKind: string,
  entity: Entity,
): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return lower(
      stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    );
  } catch {
    return undefined;
  }
}

/**
 * Components read from the catalog on each call: a key's tie and a spend
 * report follow the catalog as it is (a Component moved to another System
 * moves its spend there). A catalog error is a 503, never "no Component".
 */
export function catalogComponentDirectory(
  catalog: CatalogService,
  auth: AuthService,
): ComponentDirectory {
  const byRefs = async (entityRefs: string[], fields: string[]) => {
    const credentials = await auth.getOwnServiceCredentials();
    const found: Entity[] = [];
    for (let i = 0; i < entityRefs.length; i += 200) {
      const refs = entityRefs.slice(i, i + 200);
      let items: Array<Entity | undefined>;
      try {
        ({ items } = await catalog.getEntitiesByRefs(
          { entityRefs: refs, fields },
          { credentials },
        ));
      } catch (error) {
        throw new ServiceUnavailableError(
          `The catalog could not be read: ${error}`,
        );
      }
      for (const item of items) if (item) found.push(item);
    }
    return found;
  };
  return {
    async entity(ref) {
      const [found] = await byRefs(
        [lower(ref)],
        [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.owner',
        ],
      );
      if (!found) return undefined;
      return {
        ref: lower(stringifyEntityRef(found)),
        kind: lower(found.kind),
        title: found.metadata.title,
        ownerRef: relationRef(found.spec?.owner, 'group', found),
      };
    },
    async lookup(refs) {
      const wanted = [...new Set(refs.map(lower))];
      const result = new Map<string, CatalogComponent>();
      if (!wanted.length) return result;
      const entities = await byRefs(wanted, [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.owner',
        'spec.system',
      ]);
      for (const entity of entities) {
        if (lower(entity.kind) !== 'component') continue;
        result.set(lower(stringifyEntityRef(entity)), {
          ref: lower(stringifyEntityRef(entity)),
          title: entity.metadata.title,
          ownerRef: relationRef(entity.spec?.owner, 'group', entity),
          systemRef: relationRef(entity.spec?.system, 'system', entity),
        });
      }
      const systemRefs = [
        ...new Set(
          [...result.values()].flatMap(c => (c.systemRef ? [c.systemRef] : [])),
        ),
      ];
      if (systemRefs.length) {
        const domains = new Map<string, string | undefined>();
        for (const system of await byRefs(systemRefs, [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.domain',
        ])) {
          domains.set(
            lower(stringifyEntityRef(system)),
            relationRef(system.spec?.domain, 'domain', system),
          );
        }
        for (const component of result.values()) {
          if (component.systemRef) {
            component.domainRef = domains.get(component.systemRef);
          }
        }
      }
      return result;
    },
  };
}
