import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEPRECATION_QUIET_DAYS,
  DeprecationProgress,
  DeprecationSubject,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { StoredDeprecation } from '../../database/DeprecationStore';
import { KeyStore } from '../../database/KeyStore';
import { UsageStore } from '../../database/UsageStore';
import { ComponentDirectory } from '../catalogSpend/catalogComponents';

const DAY_MS = 24 * 3600 * 1000;

/** Who holds a deprecated model, whether each moved, and their Components. */
export interface HolderReport {
  subjects: DeprecationSubject[];
  components: Array<{ componentRef: string; ownerRef?: string }>;
  /** The catalog could not say who owns the Components. */
  ownersUnknown: boolean;
  progress: DeprecationProgress;
}

/**
 * The holders of a deprecated model: subjects with a grant of it or an
 * active key carrying it (playground sessions aside: they end by
 * themselves), with their last week on the old model and the replacement.
 * A subject moved when the old model had no request from them for a week
 * and the replacement had some.
 */
export class DeprecationHolders {
  constructor(
    private readonly deps: {
      access: AccessStore;
      keys: KeyStore;
      usage: UsageStore;
      components?: ComponentDirectory;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async of(campaign: StoredDeprecation): Promise<HolderReport> {
    const model = campaign.modelName;
    const [grants, keys] = await Promise.all([
      this.deps.access.list({ modelNames: [model], statuses: ['granted'] }),
      this.deps.keys.list({ model, statuses: ['active'] }),
    ]);
    const held = keys.filter(k => k.origin !== 'playground');
    const subjectRefs = [
      ...new Set([
        ...grants.map(g => g.subjectRef),
        ...held.map(k => k.subjectRef),
      ]),
    ].sort();
    const from = new Date(
      (this.deps.now?.() ?? new Date()).getTime() -
        DEPRECATION_QUIET_DAYS * DAY_MS,
    )
      .toISOString()
      .slice(0, 10);
    const replacement = campaign.replacement;
    const [onOld, onNew, newGrants] = await Promise.all([
      this.deps.usage.subjectsOnModel(model, subjectRefs, from),
      replacement && subjectRefs.length
        ? this.deps.usage.subjectsOnModel(replacement, subjectRefs, from)
        : new Map<string, { requests: number }>(),
      replacement && subjectRefs.length
        ? this.deps.access.list({
            modelNames: [replacement],
            subjectRefs,
            statuses: ['granted'],
          })
        : [],
    ]);
    const withReplacement = new Set(newGrants.map(g => g.subjectRef));
    const subjects = subjectRefs.map((subjectRef): DeprecationSubject => {
      const old = onOld.get(subjectRef);
      const replacementRequests7d = onNew.get(subjectRef)?.requests ?? 0;
      const requests7d = old?.requests ?? 0;
      let state: DeprecationSubject['state'] = 'idle';
      if (requests7d > 0) state = 'using';
      else if (replacementRequests7d > 0) state = 'moved';
      return {
        subjectRef,
        state,
        grantId: grants.find(g => g.subjectRef === subjectRef)?.id,
        hasReplacementAccess: withReplacement.has(subjectRef),
        keys: held
          .filter(k => k.subjectRef === subjectRef)
          .map(k => ({
            id: k.id,
            name: k.name,
            ...(k.componentRef && { componentRef: k.componentRef }),
          })),
        requests7d,
        spend7d: old?.spend ?? 0,
        lastUsedDay: old?.lastUsedDay,
        replacementRequests7d,
      };
    });
    const { components, ownersUnknown } = await this.componentsOf(held);
    return {
      subjects,
      components,
      ownersUnknown,
      progress: {
        total: subjects.length,
        moved: subjects.filter(s => s.state === 'moved').length,
        idle: subjects.filter(s => s.state === 'idle').length,
        using: subjects.filter(s => s.state === 'using').length,
      },
    };
  }

  /**
   * The Components tied to these keys, with their owners. A catalog that
   * cannot be read leaves the owners out and says so (the announcement
   * then waits for a run that can tell them); it does not fail the
   * campaign.
   */
  async componentsOf(keys: Array<{ componentRef?: string }>) {
    const refs = [
      ...new Set(keys.flatMap(k => (k.componentRef ? [k.componentRef] : []))),
    ].sort();
    if (!refs.length) return { components: [], ownersUnknown: false };
    let ownersUnknown = !this.deps.components;
    let owners = new Map<string, string | undefined>();
    if (this.deps.components) {
      try {
        const found = await this.deps.components.lookup(refs);
        owners = new Map(
          [...found].map(([ref, component]) => [ref, component.ownerRef]),
        );
      } catch (error) {
        ownersUnknown = true;
        this.deps.logger.warn(
          `Deprecation: the owners of ${refs.length} Components could not be read: ${error}`,
        );
      }
    }
    return {
      components: refs.map(componentRef => ({
        componentRef,
        ...(owners.get(componentRef) && {
          ownerRef: owners.get(componentRef),
        }),
      })),
      ownersUnknown,
    };
  }
}
