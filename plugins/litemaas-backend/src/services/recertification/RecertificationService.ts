import { AuditorService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  CreateRecertificationBody,
  RecertificationCampaign,
  RecertificationDecisionsBody,
  RecertificationDetail,
  RecertificationItem,
  RECERTIFICATION_CSV_COLUMNS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import {
  RecertificationStore,
  StoredItem,
} from '../../database/RecertificationStore';
import { UsageStore } from '../../database/UsageStore';
import { Caller } from '../../permissions/Caller';
import { AccessService } from '../AccessService';
import { ModelService } from '../ModelService';
import { audited } from '../audit';
import { parseEnd } from '../access/grantEnd';
import { RecertificationNotifier } from './RecertificationNotifier';

const DAY_MS = 24 * 3600 * 1000;
/** The usage a reviewer sees beside each grant. */
const USAGE_DAYS = 90;

/**
 * Recertification campaigns: owners and admins confirm or end every active
 * grant of their models by a deadline. A reviewer sees and decides only
 * the grants of models they review; ending one goes through the access
 * service, so its keys follow as for any ended grant.
 */
export class RecertificationService {
  constructor(
    private readonly deps: {
      store: RecertificationStore;
      access: AccessService;
      accessStore: AccessStore;
      models: ModelService;
      usage: UsageStore;
      notifier: RecertificationNotifier;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {}

  start(
    caller: Caller,
    body: CreateRecertificationBody,
  ): Promise<RecertificationDetail> {
    return audited(
      this.deps.auditor,
      'access-recertification-start',
      caller,
      { models: body.modelNames },
      async note => {
        const reviewable = new Set(
          await this.deps.models.reviewableModelNames(caller),
        );
        if (body.modelNames && !body.modelNames.length) {
          throw new InputError(
            'modelNames is empty: name the models, or leave it out for every model you review',
          );
        }
        const asked = body.modelNames
          ? [...new Set(body.modelNames)]
          : [...reviewable].sort();
        if (!asked.length) {
          throw new NotAllowedError(
            'You review no model: only model owners and admins run recertifications',
          );
        }
        const foreign = asked.filter(name => !reviewable.has(name));
        if (foreign.length) {
          throw new NotAllowedError(
            `You do not review ${foreign.join(
              ', ',
            )}: only their owners and admins can recertify their grants`,
          );
        }
        const deadline = parseEnd(body.deadline, 'deadline');
        if (!deadline || deadline.getTime() <= this.now().getTime()) {
          throw new InputError('deadline must be a date-time in the future');
        }
        const onDeadline = body.onDeadline ?? 'flag';
        if (!['end', 'flag'].includes(onDeadline)) {
          throw new InputError("onDeadline must be 'end' or 'flag'");
        }
        const grants = await this.deps.accessStore.list({
          modelNames: asked,
          statuses: ['granted'],
        });
        const name =
          body.name?.trim() ||
          `Recertification of ${
            asked.length === 1 ? asked[0] : `${asked.length} models`
          }, ${this.now().toISOString().slice(0, 10)}`;
        const id = await this.deps.store.create({
          name,
          modelNames: asked,
          createdBy: caller.userRef,
          deadline,
          onDeadline,
          grants: grants.map(g => ({
            requestId: g.id,
            subjectRef: g.subjectRef,
            modelName: g.modelName,
          })),
        });
        note({
          target: id,
          reason: name,
          after: {
            grants: grants.length,
            deadline: deadline.toISOString(),
            onDeadline,
          },
        });
        const detail = await this.detail(caller, id);
        await this.deps.notifier.started(
          detail.campaign,
          await this.reviewersOf(asked),
          caller.userRef,
        );
        return detail;
      },
    );
  }

  /**
   * The campaigns over at least one model the caller reviews, each as far
   * as it concerns those models (names and counts of others stay hidden).
   */
  async list(caller: Caller): Promise<RecertificationCampaign[]> {
    const reviewable = new Set(
      await this.deps.models.reviewableModelNames(caller),
    );
    const result: RecertificationCampaign[] = [];
    for (const campaign of await this.deps.store.list()) {
      if (!campaign.modelNames.some(name => reviewable.has(name))) continue;
      result.push(
        campaign.modelNames.every(name => reviewable.has(name))
          ? campaign
          : scoped(
              campaign,
              reviewable,
              await this.deps.store.items(campaign.id),
            ),
      );
    }
    return result;
  }

  /** A campaign with the grants the caller reviews, and their usage. */
  async detail(caller: Caller, id: string): Promise<RecertificationDetail> {
    const { campaign, reviewable } = await this.visible(caller, id);
    const all = await this.deps.store.items(id);
    const stored = all.filter(item => reviewable.has(item.modelName));
    return {
      campaign: scoped(campaign, reviewable, all),
      items: await this.withGrantsAndUsage(stored),
    };
  }

  /**
   * Keeps or ends grants; each decision succeeds or fails on its own. An
   * ended grant is revoked (its keys follow); a kept one may still be ended
   * until the campaign closes.
   */
  async decide(caller: Caller, id: string, body: RecertificationDecisionsBody) {
    const { campaign, reviewable } = await this.visible(caller, id);
    if (campaign.status !== 'open') {
      throw new ConflictError(`The campaign ${campaign.name} is closed`);
    }
    if (new Date(campaign.deadline).getTime() <= this.now().getTime()) {
      throw new ConflictError(
        `The deadline of ${campaign.name} has passed: it is being settled`,
      );
    }
    const items = new Map(
      (await this.deps.store.items(id)).map(i => [i.requestId, i]),
    );
    const results: Array<{
      requestId: string;
      ok: boolean;
      error?: { name: string; message: string };
    }> = [];
    for (const decision of body.decisions) {
      try {
        const item = items.get(decision.requestId);
        if (!item || !reviewable.has(item.modelName)) {
          throw new NotFoundError(
            `No grant ${decision.requestId} in this campaign`,
          );
        }
        await this.decideOne(caller, campaign, item, decision);
        results.push({ requestId: decision.requestId, ok: true });
      } catch (error) {
        const { name, message } = error as Error;
        results.push({
          requestId: decision.requestId,
          ok: false,
          error: { name, message },
        });
      }
    }
    return { results, detail: await this.detail(caller, id) };
  }

  /** The decisions, for auditors: the caller's part of the campaign. */
  async *exportRows(caller: Caller, id: string) {
    const { campaign, items } = await this.detail(caller, id);
    for (const item of items) {
      const row: Record<(typeof RECERTIFICATION_CSV_COLUMNS)[number], unknown> =
        {
          campaign: campaign.name,
          model: item.modelName,
          subject: item.subjectRef,
          requestId: item.requestId,
          decision: item.decision,
          decidedBy: item.decidedBy,
          decidedAt: item.decidedAt,
          reason: item.reason,
          lastUsedDay: item.lastUsedDay,
          spend90d: item.spend90d,
          requests90d: item.requests90d,
        };
      yield row;
    }
  }

  private async decideOne(
    caller: Caller,
    campaign: RecertificationCampaign,
    item: StoredItem,
    decision: RecertificationDecisionsBody['decisions'][number],
  ) {
    const reason = decision.reason?.trim() || undefined;
    if (decision.decision === 'keep') {
      await audited(
        this.deps.auditor,
        'access-recertification-keep',
        caller,
        { id: item.requestId },
        async note => {
          note({
            subjectRef: item.subjectRef,
            modelName: item.modelName,
            target: item.requestId,
            reason: reason ?? campaign.name,
          });
          if (
            !(await this.deps.store.decide(campaign.id, item.requestId, {
              from: ['pending'],
              to: 'keep',
              actorRef: caller.userRef,
              reason,
              before: this.now(),
            }))
          ) {
            throw new ConflictError(
              `The grant ${item.requestId} was decided meanwhile`,
            );
          }
        },
      );
      return;
    }
    if (decision.decision !== 'end') {
      throw new InputError("decision must be 'keep' or 'end'");
    }
    // Claimed first: of two reviewers deciding at once, one ends it.
    const from =
      item.decision === 'keep'
        ? ['keep' as const]
        : ['pending' as const, 'flagged' as const];
    if (
      !(await this.deps.store.decide(campaign.id, item.requestId, {
        from,
        to: 'end',
        actorRef: caller.userRef,
        reason,
      }))
    ) {
      throw new ConflictError(
        `The grant ${item.requestId} was decided meanwhile`,
      );
    }
    try {
      await this.deps.access.revoke(caller, item.requestId, {
        reason: `Not recertified (${campaign.name})${
          reason ? `: ${reason}` : ''
        }`,
      });
    } catch (error) {
      const grant = await this.deps.accessStore.get(item.requestId);
      if (grant?.status === 'granted') {
        // Nothing ended: the item goes back to what it was.
        await this.deps.store.decide(campaign.id, item.requestId, {
          from: ['end'],
          to: item.decision,
          actorRef: caller.userRef,
        });
        throw error;
      }
      if ((error as Error).name === 'ConflictError') {
        // The grant had already ended some other way.
        await this.deps.store.decide(campaign.id, item.requestId, {
          from: ['end'],
          to: 'gone',
          actorRef: caller.userRef,
          reason: 'The grant had already ended',
        });
      }
      // Else it ended and only its keys could not all follow: the
      // reconciler's grant check finishes them.
    }
  }

  private async visible(caller: Caller, id: string) {
    const campaign = await this.deps.store.get(id);
    const reviewable = new Set(
      await this.deps.models.reviewableModelNames(caller),
    );
    if (!campaign || !campaign.modelNames.some(n => reviewable.has(n))) {
      throw new NotFoundError(`No recertification campaign with id ${id}`);
    }
    return { campaign, reviewable };
  }

  /** Joins each item's grant (limits, dates) and its subject's usage. */
  async withGrantsAndUsage(
    stored: StoredItem[],
  ): Promise<RecertificationItem[]> {
    const grants = new Map(
      (
        await this.deps.accessStore.list({
          ids: stored.map(i => i.requestId),
        })
      ).map(g => [g.id, g]),
    );
    const from = new Date(this.now().getTime() - USAGE_DAYS * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const usage = new Map<
      string,
      Awaited<ReturnType<UsageStore['subjectsOnModel']>>
    >();
    for (const model of new Set(stored.map(i => i.modelName))) {
      usage.set(
        model,
        await this.deps.usage.subjectsOnModel(
          model,
          [
            ...new Set(
              stored.filter(i => i.modelName === model).map(i => i.subjectRef),
            ),
          ],
          from,
        ),
      );
    }
    return stored.map(item => {
      const grant = grants.get(item.requestId);
      const used = usage.get(item.modelName)?.get(item.subjectRef);
      return {
        ...item,
        limits: grant?.limits ?? {},
        grantedAt: grant?.decidedAt,
        expiresAt: grant?.expiresAt,
        lastUsedDay: used?.lastUsedDay,
        spend90d: used?.spend ?? 0,
        requests90d: used?.requests ?? 0,
      };
    });
  }

  /** Who decides a campaign's grants: the models' owners and the admins. */
  async reviewersOf(modelNames: string[]): Promise<string[]> {
    const owners: string[] = [];
    for (const name of modelNames) {
      const owner = (await this.deps.models.policyOf(name)).ownerRef;
      if (owner) owners.push(owner);
    }
    return [...new Set(owners)];
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}

/** The campaign as far as it concerns the models the caller reviews. */
function scoped(
  campaign: RecertificationCampaign,
  reviewable: Set<string>,
  items: StoredItem[],
): RecertificationCampaign {
  if (campaign.modelNames.every(name => reviewable.has(name))) return campaign;
  const progress = {
    total: 0,
    pending: 0,
    keep: 0,
    end: 0,
    expired: 0,
    flagged: 0,
    gone: 0,
  };
  for (const item of items) {
    if (!reviewable.has(item.modelName)) continue;
    progress[item.decision] += 1;
    progress.total += 1;
  }
  return {
    ...campaign,
    modelNames: campaign.modelNames.filter(name => reviewable.has(name)),
    progress,
  };
}
