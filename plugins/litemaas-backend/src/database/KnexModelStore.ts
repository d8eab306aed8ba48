import { Knex } from 'knex';
import {
  GatewayModel,
  ModelStore,
  ModelSyncResult,
  StoredModel,
} from './ModelStore';

const TABLE = 'litemaas_models';

interface ModelRow {
  model_name: string;
  provider: string;
  details: string;
  available: boolean | number;
  first_seen_at: Date | string;
  last_seen_at: Date | string;
}

function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function toStoredModel(row: ModelRow): StoredModel {
  return {
    ...(JSON.parse(row.details) as GatewayModel),
    available: Boolean(row.available),
    lastSeenAt: toIso(row.last_seen_at),
  };
}

export class KnexModelStore implements ModelStore {
  constructor(private readonly knex: Knex) {}

  async applySnapshot(
    models: GatewayModel[],
    seenAt: Date,
  ): Promise<ModelSyncResult> {
    return this.knex.transaction(async tx => {
      const existing = new Set(
        (await tx<ModelRow>(TABLE).select('model_name')).map(r => r.model_name),
      );
      let added = 0;
      let updated = 0;
      for (const model of models) {
        const columns = {
          provider: model.provider,
          details: JSON.stringify(model),
          available: true,
          last_seen_at: seenAt,
        };
        if (existing.has(model.name)) {
          await tx(TABLE).where({ model_name: model.name }).update(columns);
          updated++;
        } else {
          await tx(TABLE).insert({
            model_name: model.name,
            first_seen_at: seenAt,
            ...columns,
          });
          added++;
        }
      }
      const seenNames = models.map(m => m.name);
      const markedUnavailable = await tx(TABLE)
        .where('available', true)
        .modify(q => {
          if (seenNames.length) q.whereNotIn('model_name', seenNames);
        })
        .update({ available: false });
      return { added, updated, markedUnavailable };
    });
  }

  async list(): Promise<StoredModel[]> {
    const rows = await this.knex<ModelRow>(TABLE).orderBy('model_name');
    return rows.map(toStoredModel);
  }

  async get(name: string): Promise<StoredModel | undefined> {
    const row = await this.knex<ModelRow>(TABLE)
      .where({ model_name: name })
      .first();
    return row ? toStoredModel(row) : undefined;
  }

  async lastSyncedAt(): Promise<Date | undefined> {
    const row = await this.knex(TABLE).max({ latest: 'last_seen_at' }).first();
    return row?.latest ? new Date(row.latest) : undefined;
  }
}
