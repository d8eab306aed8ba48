import { Knex } from 'knex';
import { LiteMaasModel } from '@litemaas/backstage-plugin-litemaas-common';
import { GatewayModel, ModelStore, ModelSyncResult } from './ModelStore';

const TABLE = 'litemaas_models';

interface ModelRow {
  litellm_model_id: string;
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

export class KnexModelStore implements ModelStore {
  constructor(private readonly knex: Knex) {}

  async applySnapshot(
    models: GatewayModel[],
    seenAt: Date,
  ): Promise<ModelSyncResult> {
    return this.knex.transaction(async tx => {
      const existing = new Set(
        (await tx<ModelRow>(TABLE).select('litellm_model_id')).map(
          r => r.litellm_model_id,
        ),
      );
      let added = 0;
      let updated = 0;
      for (const model of models) {
        const columns = {
          model_name: model.name,
          provider: model.provider,
          details: JSON.stringify(model),
          available: true,
          last_seen_at: seenAt,
        };
        if (existing.has(model.litellmModelId)) {
          await tx(TABLE)
            .where({ litellm_model_id: model.litellmModelId })
            .update(columns);
          updated++;
        } else {
          await tx(TABLE).insert({
            litellm_model_id: model.litellmModelId,
            first_seen_at: seenAt,
            ...columns,
          });
          added++;
        }
      }
      const seenIds = models.map(m => m.litellmModelId);
      const markedUnavailable = await tx(TABLE)
        .where('available', true)
        .modify(q => {
          if (seenIds.length) q.whereNotIn('litellm_model_id', seenIds);
        })
        .update({ available: false });
      return { added, updated, markedUnavailable };
    });
  }

  async list(): Promise<LiteMaasModel[]> {
    const rows = await this.knex<ModelRow>(TABLE).orderBy('model_name');
    return rows.map(row => ({
      ...(JSON.parse(row.details) as GatewayModel),
      available: Boolean(row.available),
      lastSeenAt: toIso(row.last_seen_at),
    }));
  }

  async lastSyncedAt(): Promise<Date | undefined> {
    const row = await this.knex(TABLE).max({ latest: 'last_seen_at' }).first();
    return row?.latest ? new Date(row.latest) : undefined;
  }
}
