import { Knex } from 'knex';
import { ApprovalRule } from '@litemaas/backstage-plugin-litemaas-common';

const TABLE = 'litemaas_approval_rules';

interface Row {
  model_name: string;
  rules: string;
  updated_by: string;
  updated_at: Date | string;
}

/** A model's saved rules. */
export interface StoredApprovalRules {
  modelName: string;
  rules: ApprovalRule[];
  updatedBy: string;
  updatedAt: string;
}

function toStored(row: Row): StoredApprovalRules {
  return {
    modelName: row.model_name,
    rules: JSON.parse(row.rules),
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Approval rules saved over the API, one row per model. */
export class ApprovalRuleStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(modelName: string): Promise<StoredApprovalRules | undefined> {
    const row = await this.knex<Row>(TABLE)
      .where({ model_name: modelName })
      .first();
    return row ? toStored(row) : undefined;
  }

  /** Every model's saved rules (for the escalation task). */
  async list(): Promise<StoredApprovalRules[]> {
    const rows = await this.knex<Row>(TABLE).orderBy('model_name');
    return rows.map(toStored);
  }

  /**
   * Saves a model's rules (an empty list removes them) and returns what
   * they were before, for the audit trail.
   */
  async put(
    modelName: string,
    rules: ApprovalRule[],
    updatedBy: string,
  ): Promise<StoredApprovalRules | undefined> {
    return this.knex.transaction(async tx => {
      const before = await tx<Row>(TABLE)
        .where({ model_name: modelName })
        .first();
      if (!rules.length) {
        await tx(TABLE).where({ model_name: modelName }).delete();
      } else {
        await tx(TABLE)
          .insert({
            model_name: modelName,
            rules: JSON.stringify(rules),
            updated_by: updatedBy,
            updated_at: this.now(),
          })
          .onConflict('model_name')
          .merge();
      }
      return before ? toStored(before) : undefined;
    });
  }
}
