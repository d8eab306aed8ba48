import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const CACHE_MS = 60_000;

/** The catalog's users, looked up the ways a LiteLLM user_id may name them. */
export interface UserDirectory {
  /** Full entity refs (lower case) to refs. */
  byRef: Map<string, string>;
  /** Profile emails (lower case) to every user that has it. */
  byEmail: Map<string, string[]>;
  /** Bare names (lower case) to every user that has it, across namespaces. */
  byName: Map<string, string[]>;
}

/** The catalog's users, read at most once a minute. */
export function catalogUserDirectory(
  catalog: CatalogService,
  auth: AuthService,
): () => Promise<UserDirectory> {
  let cache: { at: number; directory: UserDirectory } | undefined;
  return async () => {
    if (cache && Date.now() - cache.at <= CACHE_MS) return cache.directory;
    const { items } = await catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.profile.email',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const directory: UserDirectory = {
      byRef: new Map(),
      byEmail: new Map(),
      byName: new Map(),
    };
    const add = (map: Map<string, string[]>, key: string, ref: string) =>
      map.set(key, [...(map.get(key) ?? []), ref]);
    for (const user of items) {
      const ref = stringifyEntityRef(user);
      directory.byRef.set(ref.toLocaleLowerCase('en-US'), ref);
      add(directory.byName, user.metadata.name.toLocaleLowerCase('en-US'), ref);
      const email = (user.spec?.profile as { email?: string } | undefined)
        ?.email;
      if (email) add(directory.byEmail, email.toLocaleLowerCase('en-US'), ref);
    }
    cache = { at: Date.now(), directory };
    return directory;
  };
}
