import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  DeprecateModelBody,
  DeprecationCampaign,
  DeprecationDetail,
  RetireNowBody,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  DeprecationStore,
  StoredDeprecation,
} from '../../database/DeprecationStore';
import { Caller } from '../../permissions/Caller';
import { ModelService } from '../ModelService';
import { audited } from '../audit';
import { DeprecationHolders, HolderReport } from './DeprecationHolders';
import { DeprecationTask, daysUntil, emptyReport } from './DeprecationTask';

const NOTE_MAX = 2000;

/**
 * Deprecation campaigns as admins and model owners run them: admins
 * deprecate a model (with a replacement and a date), change or cancel the
 * campaign, and may retire the model at once; admins and the model's
 * owners follow who has moved and remind the rest.
 */
export class DeprecationService {
  constructor(
    private readonly deps: {
      store: DeprecationStore;
      holders: DeprecationHolders;
      task: DeprecationTask;
      models: ModelService;
      auditor: AuditorService;
      logger: LoggerService;
      /** Whether this install is in charge of the gateway's keys. */
      lease?: { assertInCharge(): Promise<void> };
      now?: () => Date;
    },
  ) {}

  /** The campaigns of the models the caller reviews (admins: all). */
  async list(caller: Caller): Promise<{ items: DeprecationCampaign[] }> {
    const items: DeprecationCampaign[] = [];
    for (const campaign of await this.deps.store.listLive()) {
      if (!(await this.mayFollow(caller, campaign.modelName))) continue;
      items.push(present(campaign, await this.deps.holders.of(campaign)));
    }
    return { items };
  }

  async get(caller: Caller, modelName: string): Promise<DeprecationDetail> {
    const campaign = await this.followed(caller, modelName);
    return detail(campaign, await this.deps.holders.of(campaign));
  }

  /** Starts a campaign, or changes the one the model has. */
  deprecate(
    caller: Caller,
    modelName: string,
    body: DeprecateModelBody,
  ): Promise<DeprecationCampaign> {
    return audited(
      this.deps.auditor,
      'model-deprecate',
      caller,
      { modelName },
      async note => {
        this.mustManage(caller);
        // 404 for a model the catalog does not have.
        await this.deps.models.getModel(caller, modelName);
        const fields = await this.checked(caller, modelName, body);
        const live = await this.deps.store.live(modelName);
        if (live?.status === 'retired') {
          throw new ConflictError(
            `${modelName} was retired on ${live.retiredAt?.slice(
              0,
              10,
            )}: cancel its campaign to offer it again`,
          );
        }
        let campaign: StoredDeprecation;
        if (live) {
          note({ before: summary(live) });
          const changed = await this.deps.store.change(live, fields);
          if (!changed) {
            throw new ConflictError(
              `The campaign of ${modelName} changed meanwhile (it retired or was cancelled): reload`,
            );
          }
          campaign = changed;
        } else {
          campaign = await this.deps.store.create({
            modelName,
            ...fields,
            createdBy: caller.userRef,
          });
        }
        note({ modelName, after: summary(campaign) });
        this.deps.models.catalogChanged();
        // Told now; the task tells anyone this misses (each once). A new
        // date is not announced again: the reminders before it start
        // afresh, and the nearest one due carries it.
        if (!campaign.announcedAt) {
          await this.deps.task
            .announce(campaign)
            .catch(error =>
              this.deps.logger.warn(
                `Deprecation of ${modelName}: holders not all told yet (${error}); the task tries again`,
              ),
            );
        }
        const fresh = (await this.deps.store.live(modelName)) ?? campaign;
        return present(fresh, await this.deps.holders.of(fresh));
      },
    );
  }

  /** Ends the campaign: the model is offered as before. */
  cancel(caller: Caller, modelName: string): Promise<void> {
    return audited(
      this.deps.auditor,
      'model-deprecation-cancel',
      caller,
      { modelName },
      async note => {
        this.mustManage(caller);
        const live = await this.deps.store.live(modelName);
        if (!live) throw new NotFoundError(`${modelName} is not deprecated`);
        note({ modelName, before: summary(live) });
        if (!(await this.deps.store.cancel(live.id, caller.userRef))) {
          throw new ConflictError(
            `The campaign of ${modelName} was cancelled meanwhile`,
          );
        }
        this.deps.models.catalogChanged();
      },
    );
  }

  /** Retires the model now, instead of on its date. */
  async retireNow(
    caller: Caller,
    modelName: string,
    body: RetireNowBody,
  ): Promise<DeprecationDetail> {
    this.mustManage(caller);
    if (body.confirm !== modelName) {
      throw new InputError(
        `confirm must be the model's name, ${modelName}, to retire it now`,
      );
    }
    await this.deps.lease?.assertInCharge();
    const live = await this.deps.store.live(modelName);
    if (!live) {
      throw new NotFoundError(
        `${modelName} is not deprecated: deprecate it first`,
      );
    }
    if (live.status === 'deprecated') {
      await this.deps.store.retireAtNow(live.id, this.now());
    }
    const now = await this.deps.store.get(live.id);
    if (!now || now.status === 'cancelled') {
      throw new ConflictError(
        `The deprecation of ${modelName} was cancelled meanwhile: nothing was retired`,
      );
    }
    await this.deps.task.retire(now, emptyReport(), caller);
    this.deps.models.catalogChanged();
    const after = (await this.deps.store.get(live.id))!;
    return detail(after, await this.deps.holders.of(after));
  }

  /** Reminds every holder who has not moved, now. */
  remind(caller: Caller, modelName: string): Promise<{ reminded: number }> {
    return audited(
      this.deps.auditor,
      'model-deprecation-remind',
      caller,
      { modelName },
      async note => {
        const campaign = await this.followed(caller, modelName);
        if (campaign.status !== 'deprecated') {
          throw new ConflictError(
            `${modelName} is retired already: there is nothing to remind of`,
          );
        }
        // At most once a day for each holder, however often it is pressed.
        const { told: reminded } = await this.deps.task.tellHolders(
          campaign,
          `remind-manual-${this.now().toISOString().slice(0, 10)}`,
          {
            kind: 'remind',
            daysLeft: Math.max(0, daysUntil(campaign.retireAt, this.now())),
          },
          state => state !== 'moved',
        );
        note({ modelName, after: { reminded } });
        return { reminded };
      },
    );
  }

  /** The model's campaign, if the caller may follow it: 404 or 403 else. */
  private async followed(caller: Caller, modelName: string) {
    // Who may not follow it learns nothing, not even whether it exists.
    if (!(await this.mayFollow(caller, modelName))) {
      throw new NotAllowedError(
        `Only admins and the owners of ${modelName} follow its deprecation`,
      );
    }
    const live = await this.deps.store.live(modelName);
    if (!live) throw new NotFoundError(`${modelName} is not deprecated`);
    return live;
  }

  private async mayFollow(caller: Caller, modelName: string) {
    if (caller.canManage) return true;
    const policy = await this.deps.models.policyOf(modelName);
    return caller.canReview({ name: modelName, ownerRef: policy.ownerRef });
  }

  private mustManage(caller: Caller) {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins deprecate and retire models');
    }
  }

  /** The body as stored fields; a 400 naming what is wrong. */
  private async checked(
    caller: Caller,
    modelName: string,
    body: DeprecateModelBody,
  ) {
    const retireAt = new Date(body.retireAt);
    if (typeof body.retireAt !== 'string' || Number.isNaN(retireAt.getTime())) {
      throw new InputError(`retireAt is not a date: ${body.retireAt}`);
    }
    if (retireAt.getTime() <= this.now().getTime()) {
      throw new InputError(
        `retireAt is ${retireAt.toISOString()}, not in the future: to retire ${modelName} now, use retire`,
      );
    }
    const note = body.note?.trim() || undefined;
    if (note && note.length > NOTE_MAX) {
      throw new InputError(`note is longer than ${NOTE_MAX} characters`);
    }
    const replacement = body.replacement?.trim() || undefined;
    if (replacement !== undefined) {
      if (replacement === modelName) {
        throw new InputError(`${modelName} cannot replace itself`);
      }
      let offered = true;
      try {
        const model = await this.deps.models.getModel(caller, replacement);
        offered = model.available && model.accessPolicy !== 'hidden';
      } catch (error) {
        if (error instanceof NotFoundError) {
          throw new InputError(
            `replacement: the catalog has no model named '${replacement}'`,
          );
        }
        throw error;
      }
      if (!offered) {
        throw new InputError(
          `replacement: ${replacement} is hidden or not available in LiteLLM: holders could not move to it`,
        );
      }
      if (await this.deps.store.live(replacement)) {
        throw new InputError(
          `replacement: ${replacement} is itself deprecated or retired`,
        );
      }
    }
    const replaced = await this.deps.store.replacing(modelName);
    if (replaced) {
      throw new ConflictError(
        `${modelName} is the replacement named by the deprecation of ${replaced.modelName}: name another replacement there first`,
      );
    }
    return { retireAt, note, replacement };
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}

function summary(campaign: StoredDeprecation) {
  return {
    status: campaign.status,
    replacement: campaign.replacement,
    retireAt: campaign.retireAt,
    note: campaign.note,
  };
}

function present(
  campaign: StoredDeprecation,
  holders: HolderReport,
): DeprecationCampaign {
  return {
    id: campaign.id,
    modelName: campaign.modelName,
    state: campaign.status === 'retired' ? 'retired' : 'deprecated',
    ...(campaign.replacement && { replacement: campaign.replacement }),
    retireAt: campaign.retireAt,
    ...(campaign.note && { note: campaign.note }),
    createdBy: campaign.createdBy,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    ...(campaign.retiredAt && { retiredAt: campaign.retiredAt }),
    ...(campaign.completedAt && { completedAt: campaign.completedAt }),
    ...(campaign.announcedAt && { announcedAt: campaign.announcedAt }),
    remindersSent: campaign.remindersSent,
    progress: holders.progress,
  };
}

function detail(
  campaign: StoredDeprecation,
  holders: HolderReport,
): DeprecationDetail {
  return {
    campaign: present(campaign, holders),
    subjects: holders.subjects,
    components: holders.components,
  };
}
