import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  CatalogSpendGroupBy,
  CatalogSpendModelRow,
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
/** Kinds whose spend a report may be limited to. */
const ENTITY_KINDS = ['component', 'system', 'domain'];

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
    query: { from?: string; to?: string; groupBy?: string; entityRef?: string },
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
    const entity =
      query.entityRef === undefined
        ? undefined
        : await this.entityFor(caller, query.entityRef);
    // The owners of an entity see the spend of all its Components.
    const scope = caller.canManage || entity ? 'all' : 'owned';
    const rows = await this.deps.usage.byComponent({
      from,
      to,
      ...(entity?.kind === 'component' && { componentRefs: [entity.ref] }),
    });
    const components = rows.length
      ? (await this.deps.components?.lookup(rows.map(r => r.componentRef))) ??
        new Map<string, CatalogComponent>()
      : new Map<string, CatalogComponent>();
    const visible = rows.filter(row => {
      const component = components.get(row.componentRef);
      if (entity) {
        if (entity.kind === 'component') return row.componentRef === entity.ref;
        if (entity.kind === 'system')
          return component?.systemRef === entity.ref;
        return component?.domainRef === entity.ref;
      }
      if (scope === 'all') return true;
      const owner = component?.ownerRef;
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
    if (!entity) return { from, to, groupBy, items, total, scope };
    const models: CatalogSpendModelRow[] = (
      await this.deps.usage.byComponentModel({
        from,
        to,
        componentRefs: visible.map(row => row.componentRef),
      })
    ).map(row => ({ ...row, spend: Math.round(row.spend * 1e6) / 1e6 }));
    return {
      from,
      to,
      groupBy,
      items,
      total,
      scope,
      entityRef: entity.ref,
      models,
    };
  }

  /**
   * The Component, System or Domain a report is limited to: its admins and
   * owners (the caller or one of their teams) see its spend, nobody else.
   */
  private async entityFor(caller: Caller, given: string) {
    let ref: string;
    try {
      const parsed = parseEntityRef(given.trim(), {
        defaultNamespace: 'default',
      });
      ref = stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
    } catch {
      throw new InputError(
        `entityRef is not an entity ref (kind:namespace/name): ${given}`,
      );
    }
    const kind = parseEntityRef(ref).kind;
    if (!ENTITY_KINDS.includes(kind)) {
      throw new InputError(
        `entityRef must name a Component, System or Domain, not a ${kind}: ${given}`,
      );
    }
    if (!this.deps.components) {
      throw new ServiceUnavailableError(
        'This portal reads no catalog: spend by catalog entity is not available',
      );
    }
    const entity = await this.deps.components.entity(ref);
    if (!entity || entity.kind !== kind) {
      throw new NotFoundError(`The catalog has no ${kind} ${ref}`);
    }
    if (
      !caller.canManage &&
      !(entity.ownerRef && caller.ownershipRefs.includes(entity.ownerRef))
    ) {
      throw new NotAllowedError(
        `Only the owners of ${ref} (${
          entity.ownerRef ?? 'nobody'
        }) and admins see its spend`,
      );
    }
    return { ref: entity.ref, kind };
  }
}
