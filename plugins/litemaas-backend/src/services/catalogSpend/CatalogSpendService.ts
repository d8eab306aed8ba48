import { InputError } from '@backstage/errors';
import {
  CatalogSpendGroupBy,
  CatalogSpendReport,
  CatalogSpendRow,
  UsageMetrics,
} from '@litemaas/backstage-plugin-litemaas-common';
import { UsageStore } from '../../database/UsageStore';
import { Caller } from '../../permissions/Caller';
import { CatalogComponent, ComponentDirectory } from './catalogComponents';
import { dayRange } from './dayRange';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const GROUPINGS: CatalogSpendGroupBy[] = ['component', 'system', 'domain'];
/** Where spend goes whose Component has no System (or System no Domain). */
const NONE = 'none';

const METRIC_NAMES: Array<keyof UsageMetrics> = [
  'spend',
  'promptTokens',
  'completionTokens',
  'totalTokens',
  'requests',
  'successfulRequests',
  'failedRequests',
];

function zero(): UsageMetrics {
  return Object.fromEntries(METRIC_NAMES.map(m => [m, 0])) as any;
}

function add(into: UsageMetrics, from: UsageMetrics) {
  for (const m of METRIC_NAMES) into[m] += from[m];
}

/**
 * Spend where the money goes: usage of keys tied to catalog Components,
 * per Component, and through the catalog's relations per System and
 * Domain. Admins see every Component; others the Components they or
 * their teams own (and so their part of a System or Domain).
 */
export class CatalogSpendService {
  constructor(
    private readonly deps: {
      usage: UsageStore;
      components?: ComponentDirectory;
      now?: () => Date;
    },
  ) {}

  async report(
    caller: Caller,
    query: { from?: string; to?: string; groupBy?: string },
  ): Promise<CatalogSpendReport> {
    const groupBy = (query.groupBy ?? 'component') as CatalogSpendGroupBy;
    if (!GROUPINGS.includes(groupBy)) {
      throw new InputError(
        `groupBy must be one of ${GROUPINGS.join(', ')}, not ${query.groupBy}`,
      );
    }
    const { from, to } = dayRange(query, this.deps.now?.() ?? new Date(), {
      defaultDays: DEFAULT_DAYS,
      maxDays: MAX_DAYS,
    });
    const scope = caller.canManage ? 'all' : 'owned';
    const rows = await this.deps.usage.byComponent({ from, to });
    const components = rows.length
      ? (await this.deps.components?.lookup(rows.map(r => r.componentRef))) ??
        new Map<string, CatalogComponent>()
      : new Map<string, CatalogComponent>();
    const visible = rows.filter(row => {
      if (scope === 'all') return true;
      const owner = components.get(row.componentRef)?.ownerRef;
      return owner !== undefined && caller.ownershipRefs.includes(owner);
    });

    const groups = new Map<string, CatalogSpendRow>();
    const total = zero();
    for (const row of visible) {
      // A Component gone from the catalog keeps its spend, under its ref.
      const component = components.get(row.componentRef);
      const { componentRef, keys, ...metrics } = row;
      add(total, metrics);
      let ref = componentRef;
      let parentRef = component?.systemRef;
      if (groupBy === 'system') {
        ref = component?.systemRef ?? NONE;
        parentRef = component?.domainRef;
      } else if (groupBy === 'domain') {
        ref = component?.domainRef ?? NONE;
        parentRef = undefined;
      }
      let group = groups.get(ref);
      if (!group) {
        group = {
          ref,
          ...(groupBy === 'component' && {
            title: component?.title,
            ownerRef: component?.ownerRef,
          }),
          parentRef: ref === NONE ? undefined : parentRef,
          components: 0,
          keys: 0,
          ...zero(),
        };
        groups.set(ref, group);
      }
      group.components += 1;
      group.keys += keys;
      add(group, metrics);
    }
    const items = [...groups.values()]
      .map(row => ({ ...row, spend: Math.round(row.spend * 1e6) / 1e6 }))
      .sort((a, b) => b.spend - a.spend || a.ref.localeCompare(b.ref));
    total.spend = Math.round(total.spend * 1e6) / 1e6;
    return { from, to, groupBy, items, total, scope };
  }
}
