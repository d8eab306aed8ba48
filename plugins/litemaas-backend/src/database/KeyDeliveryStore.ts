import { Knex } from 'knex';

const TABLE = 'litemaas_key_deliveries';

export interface SealedDelivery {
  id: string;
  tokenHash: string;
  ownerRef: string;
  sealed: string;
  count: number;
  aliasPrefix: string;
  createdAt: Date;
  expiresAt: Date;
}

function date(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Sealed key deliveries, each read at most once. */
export class KeyDeliveryStore {
  constructor(private readonly knex: Knex) {}

  async insert(delivery: SealedDelivery): Promise<void> {
    await this.knex(TABLE).insert({
      id: delivery.id,
      token_hash: delivery.tokenHash,
      owner_ref: delivery.ownerRef,
      sealed: delivery.sealed,
      count: delivery.count,
      alias_prefix: delivery.aliasPrefix,
      created_at: delivery.createdAt,
      expires_at: delivery.expiresAt,
    });
  }

  /**
   * Takes a delivery out, once: of two concurrent takers, one gets it and
   * the other nothing. `accept` says whether this caller may have it; a
   * refused delivery stays.
   */
  async take(
    id: string,
    accept: (delivery: SealedDelivery) => boolean,
  ): Promise<SealedDelivery | undefined | 'refused'> {
    return this.knex.transaction(async tx => {
      const row = await tx(TABLE).where({ id }).first();
      if (!row) return undefined;
      const delivery: SealedDelivery = {
        id: row.id,
        tokenHash: row.token_hash,
        ownerRef: row.owner_ref,
        sealed: row.sealed,
        count: Number(row.count),
        aliasPrefix: row.alias_prefix,
        createdAt: date(row.created_at),
        expiresAt: date(row.expires_at),
      };
      if (!accept(delivery)) return 'refused';
      const deleted = await tx(TABLE).where({ id }).delete();
      return deleted === 1 ? delivery : undefined;
    });
  }

  /** Deletes what expired; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    return this.knex(TABLE).where('expires_at', '<', now).delete();
  }
}
