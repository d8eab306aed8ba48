import { NotAllowedError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { UsageDailyRow, UsageStore } from '../../database/UsageStore';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import { Caller } from '../../permissions/Caller';
import { CatalogComponent, ComponentDirectory } from './catalogComponents';
import { dayRange } from './dayRange';

/**
 * The FinOps FOCUS columns that apply to model usage through LiteLLM, in
 * order: one row per day, key and model. Costs are LiteLLM's spend (no
 * discounts or commitments apply); the quantity is tokens.
 */
export const FOCUS_COLUMNS = [
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
  'ChargeFrequency',
  'ChargeDescription',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ProviderName',
  'PublisherName',
  'InvoiceIssuerName',
  'ServiceCategory',
  'ServiceName',
  'ResourceId',
  'ResourceName',
  'ResourceType',
  'SubAccountId',
  'SubAccountName',
  'Tags',
] as const;

export type FocusColumn = (typeof FOCUS_COLUMNS)[number];
export type FocusRow = Record<
  FocusColumn,
  string | number | null | Record<string, string>
>;

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 500;

const startOfDay = (day: string) => `${day}T00:00:00Z`;
const nextDay = (day: string) =>
  new Date(Date.parse(startOfDay(day)) + DAY_MS).toISOString();
const monthOf = (day: string) => {
  const [year, month] = day.split('-').map(Number);
  return {
    start: new Date(Date.UTC(year, month - 1, 1)).toISOString(),
    end: new Date(Date.UTC(year, month, 1)).toISOString(),
  };
};
const nameOf = (ref: string) => {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
};

/**
 * Usage as a FOCUS dataset, for FinOps tools: each day's usage of each key
 * and model, its cost, and tags that say whose it is in the catalog (the
 * key's owner, and through the Component the key is tied to, its owner,
 * System and Domain). For admins.
 */
export class FocusExport {
  constructor(
    private readonly deps: {
      usage: UsageStore;
      keys: KeyStore;
      components?: ComponentDirectory;
      now?: () => Date;
    },
  ) {}

  /** The range asked for, checked (before the download starts). */
  range(caller: Caller, query: { from?: string; to?: string }) {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins export the FOCUS dataset');
    }
    return dayRange(query, this.deps.now?.() ?? new Date(), {
      defaultDays: 31,
      maxDays: 366,
    });
  }

  async *rows(range: { from: string; to: string }): AsyncGenerator<FocusRow> {
    // Keys and Components read once each across the whole download.
    const seen: Seen = { keys: new Map(), components: new Map() };
    let batch: UsageDailyRow[] = [];
    for await (const row of this.deps.usage.streamRows(range)) {
      batch.push(row);
      if (batch.length >= BATCH) {
        yield* this.resolved(batch, seen);
        batch = [];
      }
    }
    if (batch.length) yield* this.resolved(batch, seen);
  }

  /** A batch of usage rows with their keys and Components, as FOCUS rows. */
  private async *resolved(batch: UsageDailyRow[], seen: Seen) {
    const newKeys = [
      ...new Set(batch.flatMap(r => (r.keyId ? [r.keyId] : []))),
    ].filter(id => !seen.keys.has(id));
    if (newKeys.length) {
      const found = new Map(
        (await this.deps.keys.list({ ids: newKeys })).map(k => [k.id, k]),
      );
      // A key the portal no longer has is remembered as unknown too.
      for (const id of newKeys) seen.keys.set(id, found.get(id));
    }
    const newComponents = [
      ...new Set(
        batch.flatMap(r => {
          const ref = r.keyId && seen.keys.get(r.keyId)?.componentRef;
          return ref && !seen.components.has(ref) ? [ref] : [];
        }),
      ),
    ];
    if (newComponents.length && this.deps.components) {
      const found = await this.deps.components.lookup(newComponents);
      for (const ref of newComponents) seen.components.set(ref, found.get(ref));
    }
    for (const row of batch) {
      const key = row.keyId ? seen.keys.get(row.keyId) : undefined;
      const componentRef = key?.componentRef;
      yield focusRow(
        row,
        key,
        componentRef,
        componentRef ? seen.components.get(componentRef) : undefined,
      );
    }
  }
}

interface Seen {
  keys: Map<string, KeyRecord | undefined>;
  components: Map<string, CatalogComponent | undefined>;
}

/** One day of one key's usage of one model, as a FOCUS row. */
export function focusRow(
  row: UsageDailyRow,
  key: KeyRecord | undefined,
  componentRef: string | undefined,
  component: CatalogComponent | undefined,
): FocusRow {
  const month = monthOf(row.day);
  const owner = row.subjectRef ?? key?.subjectRef;
  const tags: Record<string, string> = {};
  if (owner) tags['litemaas/owner'] = owner;
  if (componentRef) tags['backstage/component'] = componentRef;
  if (component?.ownerRef)
    tags['backstage/component-owner'] = component.ownerRef;
  if (component?.systemRef) tags['backstage/system'] = component.systemRef;
  if (component?.domainRef) tags['backstage/domain'] = component.domainRef;
  return {
    BillingAccountId: 'litemaas',
    BillingAccountName: 'LiteMaaS',
    BillingCurrency: 'USD',
    BillingPeriodStart: month.start,
    BillingPeriodEnd: month.end,
    ChargePeriodStart: new Date(startOfDay(row.day)).toISOString(),
    ChargePeriodEnd: nextDay(row.day),
    ChargeCategory: 'Usage',
    ChargeFrequency: 'Usage-Based',
    ChargeDescription: `${row.requests} requests to ${row.model}`,
    BilledCost: row.spend,
    EffectiveCost: row.spend,
    ListCost: row.spend,
    ContractedCost: row.spend,
    ConsumedQuantity: row.totalTokens,
    ConsumedUnit: 'Tokens',
    ProviderName: 'LiteLLM',
    PublisherName: row.provider,
    InvoiceIssuerName: 'LiteMaaS',
    ServiceCategory: 'AI and Machine Learning',
    ServiceName: row.model,
    // A key made outside the portal is known by its hash only.
    ResourceId: row.keyId ?? row.keyHash,
    ResourceName: key?.name ?? null,
    ResourceType: 'Virtual key',
    SubAccountId: owner ?? null,
    SubAccountName: owner ? nameOf(owner) : null,
    Tags: tags,
  };
}
