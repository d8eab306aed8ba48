import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  PlaygroundSettings,
  StartedPlaygroundSession,
} from '@litemaas/backstage-plugin-litemaas-common';
import { randomUUID } from 'node:crypto';
import { AccessStore } from '../../database/AccessStore';
import { ActiveKeyCapReached, KeyStore } from '../../database/KeyStore';
import { Caller } from '../../permissions/Caller';
import { audited } from '../audit';
import { forEachLimit } from '../forEachLimit';
import { ComponentDirectory } from '../catalogSpend/catalogComponents';
import { componentTie } from '../keys/componentTie';
import { capToGrants } from '../keys/grantCaps';
import { KeyWriter } from '../keys/KeyWriter';
import { PlaygroundConfig } from './playgroundConfig';

/** Aliases of session keys; `litemaas-` keeps them from revoke-by-prefix. */
export const PLAYGROUND_ALIAS_PREFIX = 'litemaas-playground-';

export interface PlaygroundServiceDeps {
  store: KeyStore;
  access: AccessStore;
  writer: KeyWriter;
  config: PlaygroundConfig;
  /** Where browsers reach the gateway (`litemaas.gatewayBaseUrl`). */
  gatewayBaseUrl: string;
  auditor: AuditorService;
  logger: LoggerService;
  /** Catalog Components a session's spend may be tied to. */
  components?: ComponentDirectory;
  now?: () => Date;
}

/**
 * Playground sessions: a person tries a model in the browser, which calls
 * the gateway itself, so the portal stays out of the inference path. Each
 * session is a key of origin `playground`, issued through the same saga as
 * any key (so the reconciler, Kuadrant and usage know it): one model,
 * within the grant, a small budget, an expiry of at most an hour. Its
 * value goes to the browser once and is stored nowhere.
 */
export class PlaygroundService {
  constructor(private readonly deps: PlaygroundServiceDeps) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  settings(): PlaygroundSettings {
    const { enabled, sessionMinutes, maxBudget, rpm } = this.deps.config;
    return {
      enabled,
      sessionMinutes,
      maxBudget,
      rpm,
      gatewayBaseUrl: this.deps.gatewayBaseUrl,
    };
  }

  async start(
    caller: Caller,
    model: string,
    options: { componentRef?: string } = {},
  ): Promise<StartedPlaygroundSession> {
    return audited(
      this.deps.auditor,
      'playground-session-start',
      caller,
      {
        model,
        ...(options.componentRef && { componentRef: options.componentRef }),
      },
      async () => {
        const config = this.deps.config;
        if (!config.enabled) {
          throw new NotAllowedError(
            'The playground is turned off (litemaas.playground.enabled)',
          );
        }
        if (!caller.isUser) {
          throw new InputError('A playground session is for a person');
        }
        if (typeof model !== 'string' || !model.trim()) {
          throw new InputError('model must name a model');
        }
        const grant = await this.grantFor(caller, model);
        // Tied as a key is: by the Component's owners (or an admin), so
        // the session's spend counts for that Component.
        const componentRef =
          options.componentRef === undefined
            ? undefined
            : await componentTie(
                this.deps.components,
                caller,
                options.componentRef,
              );
        const limits = capToGrants(
          { maxBudget: config.maxBudget, rpm: config.rpm },
          {},
          [model],
          new Map([[model, grant.limits]]),
          grant.subjectRef,
        );
        const id = randomUUID();
        const expiresAt = new Date(
          this.now().getTime() + config.sessionMinutes * 60_000,
        );
        try {
          const issued = await this.deps.writer.issue(
            caller.userRef,
            {
              id,
              alias: `${PLAYGROUND_ALIAS_PREFIX}${id}`,
              name: `Playground · ${model}`,
              subjectRef: grant.subjectRef,
              origin: 'playground',
              models: [model],
              limits,
              expiresAt,
              componentRef,
            },
            {
              cap: {
                max: config.maxSessionsPerUser,
                at: this.now(),
                playground: true,
              },
            },
          );
          return {
            session: {
              id,
              model,
              expiresAt: issued.key.expiresAt ?? expiresAt.toISOString(),
              limits: issued.key.limits,
              ...(componentRef && { componentRef }),
            },
            value: issued.value,
            gatewayBaseUrl: this.deps.gatewayBaseUrl,
          };
        } catch (error) {
          if (error instanceof ActiveKeyCapReached) {
            throw new ConflictError(
              `You have ${error.active} playground sessions open; the limit is ${error.max}. End one (or wait for it to expire) first.`,
            );
          }
          throw error;
        }
      },
    );
  }

  /** Ends a session: its key is revoked. Ending it again does nothing. */
  async end(caller: Caller, id: string): Promise<void> {
    const record = await this.deps.store.get(id);
    if (
      !record ||
      record.origin !== 'playground' ||
      (record.createdBy !== caller.userRef && !caller.canManageKey(record))
    ) {
      throw new NotFoundError(`No playground session with id ${id}`);
    }
    if (record.status === 'revoked' || record.status === 'failed') return;
    await audited(
      this.deps.auditor,
      'playground-session-end',
      caller,
      { id, model: record.models[0] },
      () => this.deps.writer.revoke(record),
    );
  }

  /**
   * Revokes the keys of sessions that have expired (LiteLLM refuses them
   * already; this takes them out of LiteLLM and the gateways). Runs on a
   * schedule, for sessions whose page never said goodbye.
   */
  async sweep(): Promise<{ revoked: number; failed: number }> {
    const expired = await this.deps.store.list({
      origins: ['playground'],
      statuses: ['active'],
      expiresBefore: this.now(),
    });
    let revoked = 0;
    let failed = 0;
    await forEachLimit(
      expired,
      4,
      async key => {
        await this.deps.writer.revoke(key);
        revoked++;
      },
      (key, error) => {
        failed++;
        this.deps.logger.warn(
          `Could not revoke expired playground key ${key.id}: ${error}`,
        );
      },
    );
    return { revoked, failed };
  }

  /**
   * The grant that lets the caller use the model: their own, else one of
   * their teams' whose keys they may manage. A team's grant makes the
   * session the team's key (its spend counts where the team's does).
   */
  private async grantFor(caller: Caller, model: string) {
    const grants = await this.deps.access.list({
      subjectRefs: caller.ownershipRefs,
      modelNames: [model],
      statuses: ['granted'],
      currentAt: this.now(),
    });
    const candidates = grants
      .filter(g => g.modelName === model)
      .sort(
        (a, b) =>
          Number(b.subjectRef === caller.userRef) -
          Number(a.subjectRef === caller.userRef),
      );
    const usable = candidates.find(g =>
      caller.canManageKey({ id: '', subjectRef: g.subjectRef }),
    );
    if (!usable) {
      throw new NotAllowedError(
        candidates.length
          ? `You may not make keys for the team that holds access to ${model} (litemaas.key.manage)`
          : `You have no access to ${model}. Request access first.`,
      );
    }
    return usable;
  }
}
