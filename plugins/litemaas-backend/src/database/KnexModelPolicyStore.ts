import { Knex } from 'knex';
import { ModelPolicy } from '@litemaas/backstage-plugin-litemaas-common';
import { ModelPolicyStore } from './ModelPolicyStore';

const TABLE = 'litemaas_model_policies';

interface PolicyRow {
  model_name: string;
  access_policy: ModelPolicy['accessPolicy'];
  owner_ref: string | null;
  description: string | null;
  default_limits: string;
  max_grant_days: number | null;
}

function toPolicy(row: PolicyRow): ModelPolicy {
  return {
    accessPolicy: row.access_policy,
    ownerRef: row.owner_ref ?? undefined,
    description: row.description ?? undefined,
    defaultLimits: JSON.parse(row.default_limits),
    ...(row.max_grant_days !== null && { maxGrantDays: row.max_grant_days }),
  };
}

export class KnexModelPolicyStore implements ModelPolicyStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(modelName: string): Promise<ModelPolicy | undefined> {
    const row = await this.knex<PolicyRow>(TABLE)
      .where({ model_name: modelName })
      .first();
    return row ? toPolicy(row) : undefined;
  }

  async list(): Promise<Map<string, ModelPolicy>> {
    const rows = await this.knex<PolicyRow>(TABLE);
    return new Map(rows.map(row => [row.model_name, toPolicy(row)]));
  }

  async put(
    modelName: string,
    policy: ModelPolicy,
    actorRef: string,
  ): Promise<void> {
    await this.knex(TABLE)
      .insert({
        model_name: modelName,
        access_policy: policy.accessPolicy,
        owner_ref: policy.ownerRef ?? null,
        description: policy.description ?? null,
        default_limits: JSON.stringify(policy.defaultLimits ?? {}),
        max_grant_days: policy.maxGrantDays ?? null,
        updated_by: actorRef,
        updated_at: this.now(),
      })
      .onConflict('model_name')
      .merge();
  }

  async delete(modelName: string): Promise<void> {
    await this.knex(TABLE).where({ model_name: modelName }).delete();
  }
}
