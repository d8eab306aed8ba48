import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { KeyStore } from '../database/KeyStore';
import { PortalLinks, portalLinks } from './portalLinks';

const TABLE = 'litemaas_key_alerts';
const WEEK_MS = 7 * 24 * 3600 * 1000;

interface AlertRow {
  key_id: string;
  budget_level: number;
  expiry_notified: boolean | number;
}

/**
 * Tells key owners when a key passes 80% and 100% of its budget, and a week
 * before it expires — once each, per budget period.
 */
export class KeyAlerts {
  constructor(
    private readonly deps: {
      knex: Knex;
      keys: KeyStore;
      notifications?: NotificationService;
      logger: LoggerService;
      /** The app's pages the notifications link to. */
      links?: PortalLinks;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<{ sent: number }> {
    const now = this.deps.now?.() ?? new Date();
    // A playground session's key lives an hour: no budget or expiry mail.
    const keys = await this.deps.keys.list({
      statuses: ['active'],
      excludeOrigins: ['playground'],
    });
    const rows = new Map(
      (
        await this.deps.knex<AlertRow>(TABLE).whereIn(
          'key_id',
          keys.map(k => k.id),
        )
      ).map(r => [r.key_id, r]),
    );
    let sent = 0;
    for (const key of keys) {
      const previous = rows.get(key.id);
      const budget = key.limits.maxBudget;
      const ratio = budget ? key.spend / budget : 0;
      const level = budgetLevel(budget, ratio);
      const previousLevel = previous?.budget_level ?? 0;
      let expiryNotified = Boolean(previous?.expiry_notified);

      if (level > previousLevel) {
        sent += await this.notify(key.subjectRef, {
          title: `API key "${key.name}" has used ${level}% of its budget`,
          description:
            level === 100
              ? `It has spent $${key.spend.toFixed(2)} of $${budget!.toFixed(
                  2,
                )}; LiteLLM refuses it until the budget resets.`
              : `It has spent $${key.spend.toFixed(2)} of $${budget!.toFixed(
                  2,
                )} this period. Ask for a budget top-up if it needs more.`,
          severity: level === 100 ? 'high' : 'normal',
          topic: `litemaas-key-budget-${key.id}`,
          // One click to ask for more: the keys page opens the top-up form.
          link: `${this.links.keys}?topUp=${encodeURIComponent(key.id)}`,
        });
      }
      const expiresSoon =
        key.expiresAt !== undefined &&
        key.expiresAt.getTime() > now.getTime() &&
        key.expiresAt.getTime() - now.getTime() <= WEEK_MS;
      if (expiresSoon && !expiryNotified) {
        sent += await this.notify(key.subjectRef, {
          title: `API key "${key.name}" expires ${key
            .expiresAt!.toISOString()
            .slice(0, 10)}`,
          description:
            'Rotate or replace it before then to avoid failing calls.',
          severity: 'normal',
          topic: `litemaas-key-expiry-${key.id}`,
        });
        expiryNotified = true;
      }
      // A level below the last one means a new budget period began.
      if (
        !previous ||
        level !== previousLevel ||
        expiryNotified !== Boolean(previous.expiry_notified)
      ) {
        await this.deps
          .knex(TABLE)
          .insert({
            key_id: key.id,
            budget_level: level,
            expiry_notified: expiryNotified,
            updated_at: now,
          })
          .onConflict('key_id')
          .merge();
      }
    }
    return { sent };
  }

  private get links() {
    return this.deps.links ?? portalLinks();
  }

  private async notify(
    recipient: string,
    payload: {
      title: string;
      description: string;
      severity: 'normal' | 'high';
      topic: string;
      link?: string;
    },
  ): Promise<number> {
    if (!this.deps.notifications) return 0;
    try {
      await this.deps.notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: { link: this.links.keys, ...payload },
      });
      return 1;
    } catch (error) {
      this.deps.logger.warn(`Could not send key notification: ${error}`);
      return 0;
    }
  }
}

/** 0, 80 or 100: the alert threshold a key's spend has reached. */
export function budgetLevel(budget: number | undefined, ratio: number): number {
  if (!budget) return 0;
  if (ratio >= 1) return 100;
  return ratio >= 0.8 ? 80 : 0;
}
