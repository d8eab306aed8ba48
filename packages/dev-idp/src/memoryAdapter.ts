import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expiresAt: number };

/**
 * Keeps the provider's sessions, grants and tokens in memory, one store per
 * IdP instance: a restart signs everybody out, which suits a dev IdP. It
 * replaces oidc-provider's built-in store only because that one warns on
 * every start and is shared by all instances in a process.
 */
export function createMemoryAdapterFactory(): (name: string) => Adapter {
  const stores = new Map<string, Map<string, Entry>>();

  const storeFor = (name: string) => {
    let store = stores.get(name);
    if (!store) {
      store = new Map();
      stores.set(name, store);
    }
    return store;
  };

  const live = (store: Map<string, Entry>, id: string) => {
    const entry = store.get(id);
    if (entry && entry.expiresAt <= Date.now()) {
      store.delete(id);
      return undefined;
    }
    return entry;
  };

  const findBy = (
    store: Map<string, Entry>,
    match: (payload: AdapterPayload) => boolean,
  ) => {
    for (const id of store.keys()) {
      const entry = live(store, id);
      if (entry && match(entry.payload)) return entry.payload;
    }
    return undefined;
  };

  return (name: string): Adapter => {
    const store = storeFor(name);
    return {
      async upsert(id, payload, expiresIn) {
        const expiresAt =
          typeof expiresIn === 'number'
            ? Date.now() + expiresIn * 1000
            : Infinity;
        store.set(id, { payload, expiresAt });
      },
      async find(id) {
        return live(store, id)?.payload;
      },
      async findByUid(uid) {
        return findBy(store, payload => payload.uid === uid);
      },
      async findByUserCode(userCode) {
        return findBy(store, payload => payload.userCode === userCode);
      },
      async consume(id) {
        const entry = live(store, id);
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        store.delete(id);
      },
      async revokeByGrantId(grantId) {
        // Tokens of any kind may belong to the grant.
        for (const other of stores.values()) {
          for (const [id, entry] of other) {
            if (entry.payload.grantId === grantId) other.delete(id);
          }
        }
      },
    };
  };
}
