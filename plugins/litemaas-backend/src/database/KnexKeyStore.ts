import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { LiteMaasKeyQuery } from '@litemaas/backstage-plugin-litemaas-node';
import { Knex } from 'knex';
import {
  ActiveKeyCap,
  ActiveKeyCapReached,
  KeyFilter,
  KeyOperation,
  KeyPatch,
  KeyRecord,
  KeyStore,
  NewKeyRecord,
} from './KeyStore';

import { LIKE_ESCAPE, escapeLike } from './like';

const TABLE = 'litemaas_keys';
const HASHES = 'litemaas_key_hashes';
/** First half of the advisory lock that serialises creates per subject. */
const SUBJECT_LOCK_SPACE = 0x4c4d4b53; // "LMKS"

interface KeyRow {
  id: string;
  alias: string;
  name: string;
  subject_ref: string;
  created_by: string;
  origin: KeyRecord['origin'];
  status: KeyRecord['status'];
  token_hash: string | null;
  prefix: string | null;
  models: string;
  limits: string;
  expires_at: Date | string | null;
  blocked: boolean | number;
  spend: number | string;
  budget_reset_at: Date | string | null;
  retiring_token_hash: string | null;
  retire_at: Date | string | null;
  operation: KeyOperation | null;
  operation_data: string | null;
  operation_started_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  revoked_at: Date | string | null;
  last_synced_at: Date | string | null;
  revision: number | string;
  component_ref: string | null;
}

function date(value: Date | string | null): Date | undefined {
  if (value === null) return undefined;
  return value instanceof Date ? value : new Date(value);
}

function toRecord(row: KeyRow): KeyRecord {
  return {
    id: row.id,
    alias: row.alias,
    name: row.name,
    subjectRef: row.subject_ref,
    createdBy: row.created_by,
    origin: row.origin,
    status: row.status,
    tokenHash: row.token_hash ?? undefined,
    prefix: row.prefix ?? undefined,
    models: JSON.parse(row.models),
    limits: JSON.parse(row.limits),
    expiresAt: date(row.expires_at),
    blocked: Boolean(row.blocked),
    spend: Number(row.spend),
    budgetResetAt: date(row.budget_reset_at),
    retiringTokenHash: row.retiring_token_hash ?? undefined,
    retireAt: date(row.retire_at),
    operation: row.operation ?? undefined,
    operationData: row.operation_data
      ? JSON.parse(row.operation_data)
      : undefined,
    operationStartedAt: date(row.operation_started_at),
    createdAt: date(row.created_at)!,
    updatedAt: date(row.updated_at)!,
    revokedAt: date(row.revoked_at),
    lastSyncedAt: date(row.last_synced_at),
    revision: Number(row.revision ?? 0),
    componentRef: row.component_ref ?? undefined,
  };
}

/** Maps a patch onto columns; `undefined` leaves a column, `null`-able ones clear with null. */
function toColumns(patch: KeyPatch): Partial<KeyRow> {
  const columns: Partial<KeyRow> = {};
  const set = <K extends keyof KeyRow>(key: K, value: KeyRow[K]) => {
    columns[key] = value;
  };
  if ('alias' in patch && patch.alias !== undefined) set('alias', patch.alias);
  if ('name' in patch && patch.name !== undefined) set('name', patch.name);
  if ('subjectRef' in patch && patch.subjectRef !== undefined)
    set('subject_ref', patch.subjectRef);
  if ('status' in patch && patch.status !== undefined)
    set('status', patch.status);
  if ('tokenHash' in patch) set('token_hash', patch.tokenHash ?? null);
  if ('prefix' in patch) set('prefix', patch.prefix ?? null);
  if ('componentRef' in patch) set('component_ref', patch.componentRef ?? null);
  if ('models' in patch && patch.models)
    set('models', JSON.stringify(patch.models));
  if ('limits' in patch && patch.limits)
    set('limits', JSON.stringify(patch.limits));
  if ('expiresAt' in patch) set('expires_at', patch.expiresAt ?? null);
  if ('blocked' in patch && patch.blocked !== undefined)
    set('blocked', patch.blocked);
  if ('spend' in patch && patch.spend !== undefined) set('spend', patch.spend);
  if ('budgetResetAt' in patch)
    set('budget_reset_at', patch.budgetResetAt ?? null);
  if ('retiringTokenHash' in patch)
    set('retiring_token_hash', patch.retiringTokenHash ?? null);
  if ('retireAt' in patch) set('retire_at', patch.retireAt ?? null);
  if ('operation' in patch) set('operation', patch.operation ?? null);
  if ('operationData' in patch) {
    set(
      'operation_data',
      patch.operationData ? JSON.stringify(patch.operationData) : null,
    );
  }
  if ('operationStartedAt' in patch)
    set('operation_started_at', patch.operationStartedAt ?? null);
  if ('revokedAt' in patch) set('revoked_at', patch.revokedAt ?? null);
  if ('lastSyncedAt' in patch)
    set('last_synced_at', patch.lastSyncedAt ?? null);
  return columns;
}

function newHashes(hashes: Array<string | null | undefined>): string[] {
  return [...new Set(hashes.filter((h): h is string => !!h))];
}

export class KnexKeyStore implements KeyStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async insert(
    key: NewKeyRecord & { operation?: KeyOperation },
    options: { cap?: ActiveKeyCap } = {},
  ): Promise<KeyRecord> {
    const cap = options.cap;
    if (!cap) return this.insertRow(this.knex, key);
    return this.knex.transaction(async trx => {
      // A count then an insert, each alone, let concurrent creates (two
      // replicas, or one impatient user) all see the last free place. On
      // PostgreSQL creates for one subject queue on a lock held until
      // commit, and the count runs after it is taken, so it sees every
      // create committed before; SQLite runs one write transaction at a
      // time anyway.
      if (trx.client.config.client === 'pg') {
        await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [
          SUBJECT_LOCK_SPACE,
          cap.playground ? `playground:${key.createdBy}` : key.subjectRef,
        ]);
      }
      const active = await countActive(trx, key, cap);
      if (active >= cap.max) throw new ActiveKeyCapReached(active, cap.max);
      return this.insertRow(trx, key);
    });
  }

  private async insertRow(
    db: Knex,
    key: NewKeyRecord & { operation?: KeyOperation },
  ): Promise<KeyRecord> {
    const at = this.now();
    let rows: KeyRow[];
    try {
      // RETURNING gives the row as stored (defaults, revision) without a
      // second round trip: on a key's create path every round trip counts.
      rows = await db<KeyRow>(TABLE)
        .insert({
          id: key.id,
          alias: key.alias,
          name: key.name,
          subject_ref: key.subjectRef,
          created_by: key.createdBy,
          origin: key.origin,
          status: key.status ?? 'creating',
          token_hash: key.tokenHash ?? null,
          prefix: key.prefix ?? null,
          models: JSON.stringify(key.models),
          limits: JSON.stringify(key.limits),
          expires_at: key.expiresAt ?? null,
          blocked: key.blocked ?? false,
          spend: key.spend ?? 0,
          component_ref: key.componentRef ?? null,
          operation: key.operation ?? null,
          operation_started_at: key.operation ? at : null,
          created_at: at,
          updated_at: at,
        })
        .returning('*');
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(
          `A key with alias '${key.alias}' already exists`,
        );
      }
      throw error;
    }
    await this.rememberHashes(key.id, [key.tokenHash], db);
    return toRecord(rows[0]);
  }

  /**
   * Adds hashes to the key's history. Kept apart from the key's row and
   * never deleted: the current and retiring hashes are on the row too, so a
   * crash before this write loses nothing the row does not still say.
   */
  private async rememberHashes(
    keyId: string,
    hashes: Array<string | null | undefined>,
    db: Knex = this.knex,
  ) {
    const rows = newHashes(hashes).map(hash => ({
      token_hash: hash,
      key_id: keyId,
      first_seen_at: this.now(),
    }));
    if (!rows.length) return;
    await db(HASHES).insert(rows).onConflict('token_hash').ignore();
  }

  async keyIdsByHash(hashes: string[]): Promise<Map<string, string>> {
    const byHash = new Map<string, string>();
    // Parameter lists stay well under SQLite's and PostgreSQL's limits.
    for (let i = 0; i < hashes.length; i += 500) {
      const rows = await this.knex(HASHES)
        .whereIn('token_hash', hashes.slice(i, i + 500))
        .select('token_hash', 'key_id');
      for (const row of rows) byHash.set(row.token_hash, row.key_id);
    }
    return byHash;
  }

  async get(id: string) {
    const row = await this.knex<KeyRow>(TABLE).where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async teamOwners(): Promise<string[]> {
    const rows = await this.knex<KeyRow>(TABLE)
      .where('subject_ref', 'like', 'group:%')
      .whereNot('status', 'revoked')
      .distinct('subject_ref')
      .orderBy('subject_ref');
    return rows.map(r => r.subject_ref);
  }

  async getByAlias(alias: string) {
    const row = await this.knex<KeyRow>(TABLE).where({ alias }).first();
    return row ? toRecord(row) : undefined;
  }

  async list(filter: KeyFilter): Promise<KeyRecord[]> {
    const rows = await this.knex<KeyRow>(TABLE)
      .modify(q => {
        if (filter.ids) q.whereIn('id', filter.ids);
        if (filter.subjectRefs) q.whereIn('subject_ref', filter.subjectRefs);
        if (filter.statuses) q.whereIn('status', filter.statuses);
        if (filter.aliases) q.whereIn('alias', filter.aliases);
        if (filter.origins) q.whereIn('origin', filter.origins);
        if (filter.excludeOrigins) {
          q.whereNotIn('origin', filter.excludeOrigins);
        }
        if (filter.expiresBefore) {
          q.where('expires_at', '<=', filter.expiresBefore);
        }
        if (filter.tokenHashes) {
          const hashes = filter.tokenHashes;
          q.where(inner =>
            inner
              .whereIn('token_hash', hashes)
              .orWhereIn('retiring_token_hash', hashes),
          );
        }
        if (filter.aliasPrefix !== undefined) {
          // Case-sensitive on both databases, as aliases are in LiteLLM
          // (SQLite's LIKE ignores case, PostgreSQL's does not).
          q.whereRaw('substr(alias, 1, ?) = ?', [
            filter.aliasPrefix.length,
            filter.aliasPrefix,
          ]);
        }
        if (filter.search) {
          const term = `%${escapeLike(filter.search.toLowerCase())}%`;
          q.where(inner =>
            inner
              .whereRaw(`lower(name) like ? ${LIKE_ESCAPE}`, [term])
              .orWhereRaw(`lower(alias) like ? ${LIKE_ESCAPE}`, [term])
              .orWhereRaw(`lower(subject_ref) like ? ${LIKE_ESCAPE}`, [term])
              .orWhereRaw(`lower(prefix) like ? ${LIKE_ESCAPE}`, [term]),
          );
        }
        if (filter.model !== undefined) {
          // A coarse match on the stored JSON; the exact one follows.
          q.whereRaw(`models like ? ${LIKE_ESCAPE}`, [
            `%${escapeLike(JSON.stringify(filter.model))}%`,
          ]);
        }
        if (filter.operationStartedBefore) {
          q.whereNotNull('operation').where(
            'operation_started_at',
            '<',
            filter.operationStartedBefore,
          );
        }
        if (filter.retireBefore) {
          q.whereNotNull('retiring_token_hash').where(
            'retire_at',
            '<',
            filter.retireBefore,
          );
        }
        if (filter.permission) {
          const criteria = filter.permission;
          q.where(inner => applyCriteria(inner, criteria));
        }
        if (filter.limit) q.limit(filter.limit);
      })
      .orderBy('created_at', 'desc')
      .orderBy('id');
    const keys = rows.map(toRecord);
    const model = filter.model;
    return model === undefined
      ? keys
      : keys.filter((key: KeyRecord) => key.models.includes(model));
  }

  update(id: string, patch: KeyPatch) {
    return this.write(id, undefined, patch);
  }

  updateIf(id: string, revision: number, patch: KeyPatch) {
    return this.write(id, revision, patch);
  }

  private async write(
    id: string,
    revision: number | undefined,
    patch: KeyPatch,
  ): Promise<KeyRecord | undefined> {
    const update = this.knex<KeyRow>(TABLE)
      .where({ id })
      .modify(q => {
        if (revision !== undefined) q.where({ revision });
      })
      .update({
        ...toColumns(patch),
        updated_at: this.now(),
        revision: this.knex.raw('revision + 1'),
      })
      .returning('*');
    const hashes = newHashes([patch.tokenHash, patch.retiringTokenHash]);
    let rows: KeyRow[];
    try {
      if (hashes.length && this.knex.client.config.client === 'pg') {
        // One statement, so one round trip and one commit: the row and its
        // hash history change together (a key's commit step waits on this).
        const result = await this.knex.raw(
          `with updated as (?), remembered as (
             insert into ?? (token_hash, key_id, first_seen_at)
             select h.hash, updated.id, ? from updated
             cross join unnest(?::text[]) as h(hash)
             on conflict (token_hash) do nothing)
           select * from updated`,
          [update, HASHES, this.now(), hashes],
        );
        rows = result.rows;
      } else {
        rows = await update;
        if (rows.length === 1) await this.rememberHashes(id, hashes);
      }
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw new ConflictError(`Key ${id} conflicts with another key`);
      }
      throw error;
    }
    return rows.length === 1 ? toRecord(rows[0]) : undefined;
  }

  async sync(
    id: string,
    observed: Pick<
      KeyPatch,
      'spend' | 'budgetResetAt' | 'blocked' | 'lastSyncedAt'
    >,
  ) {
    await this.knex(TABLE).where({ id }).update(toColumns(observed));
    return this.get(id);
  }

  async claim(
    id: string,
    operation: KeyOperation,
    data?: Record<string, unknown>,
  ): Promise<KeyRecord | undefined> {
    const at = this.now();
    const updated = await this.knex(TABLE)
      .where({ id })
      .whereNull('operation')
      .update({
        operation,
        operation_data: data ? JSON.stringify(data) : null,
        operation_started_at: at,
        updated_at: at,
        revision: this.knex.raw('revision + 1'),
      });
    return updated === 1 ? this.get(id) : undefined;
  }

  countActive(subjectRef: string, at: Date): Promise<number> {
    return countActive(
      this.knex,
      { subjectRef, createdBy: '' },
      { max: 0, at },
    );
  }

  async delete(id: string) {
    await this.knex(TABLE).where({ id }).delete();
  }
}

async function countActive(
  db: Knex,
  key: { subjectRef: string; createdBy: string },
  cap: ActiveKeyCap,
): Promise<number> {
  const at = cap.at;
  const row = await db(TABLE)
    .modify(q =>
      cap.playground
        ? q.where({ origin: 'playground', created_by: key.createdBy })
        : q
            .where({ subject_ref: key.subjectRef })
            .whereNot({ origin: 'playground' }),
    )
    .whereIn('status', ['creating', 'active'])
    // An expired key calls nothing: it no longer takes a place.
    .where(q => q.whereNull('expires_at').orWhere('expires_at', '>', at))
    .count({ count: '*' })
    .first();
  return Number(row?.count ?? 0);
}

/**
 * A permission policy's conditions as SQL: all of, any of, not, and the
 * key rules' query (`subjectRefs`: owned by one of these, ignoring case).
 */
function applyCriteria(
  q: Knex.QueryBuilder,
  criteria: PermissionCriteria<LiteMaasKeyQuery>,
): void {
  if (isAndCriteria(criteria)) {
    for (const part of criteria.allOf) {
      q.where(inner => applyCriteria(inner, part));
    }
  } else if (isOrCriteria(criteria)) {
    if (criteria.anyOf.length === 0) {
      q.whereRaw('1 = 0');
      return;
    }
    q.where(outer => {
      for (const part of criteria.anyOf) {
        outer.orWhere(inner => applyCriteria(inner, part));
      }
    });
  } else if (isNotCriteria(criteria)) {
    q.whereNot(inner => applyCriteria(inner, criteria.not));
  } else {
    const refs = criteria.subjectRefs.map(r => r.toLocaleLowerCase('en-US'));
    if (refs.length === 0) {
      q.whereRaw('1 = 0');
    } else {
      q.whereRaw(
        `lower(subject_ref) in (${refs.map(() => '?').join(', ')})`,
        refs,
      );
    }
  }
}
