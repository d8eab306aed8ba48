import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const CACHE_MS = 60_000;

/**
 * Maps a LiteLLM `user_id` to a catalog user: by entity ref, by name, or by
 * profile email (what automation outside the portal tends to use).
 */
export function catalogUserResolver(
  catalog: CatalogService,
  auth: AuthService,
) {
  let cache: { at: number; byId: Map<string, string> } | undefined;
  return async (userId: string): Promise<string | undefined> => {
    if (!cache || Date.now() - cache.at > CACHE_MS) {
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
      const byId = new Map<string, string>();
      for (const user of items) {
        const ref = stringifyEntityRef(user);
        byId.set(ref, ref);
        byId.set(user.metadata.name.toLocaleLowerCase('en-US'), ref);
        const email = (user.spec?.profile as { email?: string } | undefined)
          ?.email;
        if (email) byId.set(email.toLocaleLowerCase('en-US'), ref);
      }
      cache = { at: Date.now(), byId };
    }
    return (
      cache.byId.get(userId.toLocaleLowerCase('en-US')) ??
      cache.byId.get(userId)
    );
  };
}
