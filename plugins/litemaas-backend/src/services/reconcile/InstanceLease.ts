import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import { SettingsStore } from '../../database/SettingsStore';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';

const LEASE_SETTING = 'instanceLease';
const FENCE_SETTING = 'instanceFence';
const LEASE_METADATA = 'litemaas_lease';
/** How long a replica trusts what it read of the fence. */
const FENCE_CACHE_MS = 5_000;

interface LeaseRow {
  epoch?: string;
  /** Written before LiteLLM is told, so a crash in between is no mismatch. */
  pending?: string;
}

/** Why this portal is fenced, since when. */
export interface Fence {
  since: string;
  reason: string;
}

/**
 * Makes sure only one database acts for an install id. Each reconciliation
 * writes a new random epoch to the database and to a LiteLLM team of the
 * install's; a database that finds a different epoch in LiteLLM is not the
 * one in charge (a restored backup, a copy, another portal configured with
 * the same id) and fences itself: no destructive repair, no key write, until
 * an admin takes over.
 */
export class InstanceLease {
  private cached?: { at: number; fence: Fence | undefined };

  constructor(
    private readonly deps: {
      settings: SettingsStore;
      litellm: LiteLlmClient;
      instanceId: string;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  private get teamId() {
    return `litemaas-instance-${this.deps.instanceId}`;
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * Compares this database's epoch with LiteLLM's. Fences when they
   * differ, renews the lease when they agree. Answers the fence, if any.
   */
  async checkAndRenew(): Promise<Fence | undefined> {
    const checked = await this.check();
    if (checked.fence) return checked.fence;
    await this.renew(checked.teamExists);
    return undefined;
  }

  /**
   * Compares without renewing (any replica, at start-up: renewing is the
   * reconciler's alone, which runs on one replica at a time).
   */
  async check(): Promise<{ fence?: Fence; teamExists: boolean }> {
    const fence = await this.fence();
    if (fence) return { fence, teamExists: true };
    let reading = await this.read();
    if (reading.mismatch) {
      // Another replica's renewal may have finished between the two reads
      // (LiteLLM's old epoch, then the database's new one): read again
      // before deciding. A real copy differs on every reading.
      reading = await this.read();
    }
    const { team, ours, mismatch } = reading;
    if (mismatch) {
      return {
        teamExists: true,
        fence: await this.setFence(
          ours.length
            ? `LiteLLM has seen a newer state of install ${this.deps.instanceId} than this database holds: this database is a restored backup or a copy, or LiteLLM was restored from an older backup.`
            : `LiteLLM already knows install ${this.deps.instanceId} from another database: another portal runs with the same instance id.`,
        ),
      };
    }
    return { teamExists: Boolean(team) };
  }

  /** LiteLLM's epoch, then the database's, and whether they disagree. */
  private async read() {
    // LiteLLM first: a renewal writes the database's pending epoch before
    // LiteLLM's, so what LiteLLM says is in the database by then (unless a
    // whole renewal finishes between the reads: see check).
    const team = await this.deps.litellm.teamInfo(this.teamId);
    const lease = (await this.deps.settings.get<LeaseRow>(LEASE_SETTING)) ?? {};
    const theirs = team?.metadata?.[LEASE_METADATA];
    const ours = [lease.epoch, lease.pending].filter(Boolean);
    const mismatch = typeof theirs === 'string' && !ours.includes(theirs);
    return { team, ours, mismatch };
  }

  /** An admin states that this database is the one in charge. */
  async takeOver(actorRef: string): Promise<void> {
    const team = await this.deps.litellm.teamInfo(this.teamId);
    await this.renew(Boolean(team));
    await this.deps.settings.put(FENCE_SETTING, null, actorRef);
    this.cached = undefined;
    this.deps.logger.warn(
      `Install ${this.deps.instanceId}: ${actorRef} took the lease over; this database is in charge`,
    );
  }

  /** The fence, if this portal is fenced. */
  async fence(): Promise<Fence | undefined> {
    const at = Date.now();
    if (this.cached && at - this.cached.at < FENCE_CACHE_MS) {
      return this.cached.fence;
    }
    const fence =
      (await this.deps.settings.get<Fence | null>(FENCE_SETTING)) ?? undefined;
    this.cached = { at, fence };
    return fence;
  }

  /** Throws a 503 while fenced: key writes wait for an admin. */
  async assertInCharge(): Promise<void> {
    const fence = await this.fence();
    if (fence) {
      throw new ServiceUnavailableError(
        `Key changes are paused: ${fence.reason} An admin resolves this in Keys admin → Reconciliation.`,
      );
    }
  }

  private async renew(teamExists: boolean) {
    const epoch = randomUUID();
    const lease = (await this.deps.settings.get<LeaseRow>(LEASE_SETTING)) ?? {};
    await this.deps.settings.put(
      LEASE_SETTING,
      { epoch: lease.epoch, pending: epoch },
      'system:litemaas',
    );
    const metadata = {
      [LEASE_METADATA]: epoch,
      litemaas_lease_at: this.now().toISOString(),
    };
    if (teamExists) {
      await this.deps.litellm.setTeamMetadata(this.teamId, metadata);
    } else {
      await this.deps.litellm.createTeam(
        this.teamId,
        `LiteMaaS portal ${this.deps.instanceId} (its lease: do not delete)`,
        metadata,
      );
    }
    await this.deps.settings.put(LEASE_SETTING, { epoch }, 'system:litemaas');
  }

  private async setFence(reason: string): Promise<Fence> {
    const fence = { since: this.now().toISOString(), reason };
    await this.deps.settings.put(FENCE_SETTING, fence, 'system:litemaas');
    this.cached = { at: Date.now(), fence };
    this.deps.logger.error(`Install ${this.deps.instanceId} fenced: ${reason}`);
    return fence;
  }
}
