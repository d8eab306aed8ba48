import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import { notifyEntities, NotificationPayload } from '../notify';
import { PortalLinks, portalLinks } from '../portalLinks';

const usd = (amount: number) => `$${amount.toFixed(2)}`;

/** Tells key owners and reviewers about budget top-ups. */
export class TopUpNotifier {
  constructor(
    private readonly options: {
      notifications?: NotificationService;
      logger: LoggerService;
      adminRefs: string[];
      links?: PortalLinks;
    },
  ) {}

  private get links() {
    return this.options.links ?? portalLinks();
  }

  async asked(topUp: BudgetTopUp, ownerRefs: string[], actorRef: string) {
    await this.send([...this.options.adminRefs, ...ownerRefs], actorRef, {
      title: `Budget top-up asked: ${topUp.keyName}`,
      description: `${actorRef} asks for ${usd(topUp.amount)} more on key ${
        topUp.keyName
      } (${topUp.subjectRef}) for ${topUp.days} days${
        topUp.justification ? `: “${topUp.justification}”` : ''
      }`,
      link: `${this.links.review}?tab=top-ups`,
      severity: 'normal',
      topic: 'litemaas-top-ups',
    });
  }

  async decided(topUp: BudgetTopUp, actorRef: string) {
    const approved = topUp.status === 'active';
    await this.send([topUp.requestedBy, topUp.subjectRef], actorRef, {
      title: `Budget top-up of ${topUp.keyName} ${
        approved ? 'approved' : 'denied'
      }`,
      description: approved
        ? `Key ${topUp.keyName} has ${usd(
            topUp.amount,
          )} more budget until ${topUp.endsAt?.slice(0, 10)}.`
        : `Reason: ${topUp.decisionReason ?? 'none given'}`,
      link: this.links.keys,
      severity: approved ? 'normal' : 'high',
      topic: 'litemaas-top-ups',
    });
  }

  async ended(topUp: BudgetTopUp) {
    await this.send([topUp.requestedBy, topUp.subjectRef], undefined, {
      title: `Budget top-up of ${topUp.keyName} ended`,
      description: `The ${usd(topUp.amount)} added to key ${
        topUp.keyName
      } for ${topUp.days} days ended; its budget is back to ${usd(
        topUp.baseBudget ?? 0,
      )}.`,
      link: this.links.keys,
      severity: 'normal',
      topic: 'litemaas-top-ups',
    });
  }

  private send(
    recipients: string[],
    actorRef: string | undefined,
    payload: NotificationPayload,
  ) {
    return notifyEntities(this.options, recipients, payload, actorRef);
  }
}
