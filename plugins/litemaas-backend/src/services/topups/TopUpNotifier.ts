import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { parseEntityRef } from '@backstage/catalog-model';
import { BudgetTopUp } from '@litemaas/backstage-plugin-litemaas-common';
import { notifyEntities, NotificationPayload } from '../notify';
import { PortalLinks, portalLinks } from '../portalLinks';

const usd = (amount: number) => `$${amount.toFixed(2)}`;

/** "summaries", or "team payments" for a team's top-up. */
function named(topUp: BudgetTopUp) {
  return topUp.teamRef
    ? `team ${parseEntityRef(topUp.teamRef).name}`
    : topUp.keyName;
}

/** "key summaries", or "team payments". */
function described(topUp: BudgetTopUp) {
  return topUp.teamRef ? named(topUp) : `key ${topUp.keyName}`;
}

/** Tells key owners, team members and reviewers about budget top-ups. */
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
      title: `Budget top-up asked: ${named(topUp)}`,
      description: `${actorRef} asks for ${usd(topUp.amount)} more on ${
        topUp.teamRef
          ? `the budget of ${topUp.teamRef}`
          : `key ${topUp.keyName} (${topUp.subjectRef})`
      } for ${topUp.days} days${
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
      title: `Budget top-up of ${named(topUp)} ${
        approved ? 'approved' : 'denied'
      }`,
      description: approved
        ? `${capitalised(described(topUp))} has ${usd(
            topUp.amount,
          )} more budget until ${topUp.endsAt?.slice(0, 10)}.`
        : `Reason: ${topUp.decisionReason ?? 'none given'}`,
      link: this.linkFor(topUp),
      severity: approved ? 'normal' : 'high',
      topic: 'litemaas-top-ups',
    });
  }

  async ended(topUp: BudgetTopUp) {
    await this.send([topUp.requestedBy, topUp.subjectRef], undefined, {
      title: `Budget top-up of ${named(topUp)} ended`,
      description: `The ${usd(topUp.amount)} added to ${described(topUp)} for ${
        topUp.days
      } days ended; its budget is back to ${usd(topUp.baseBudget ?? 0)}.`,
      link: this.linkFor(topUp),
      severity: 'normal',
      topic: 'litemaas-top-ups',
    });
  }

  /** A key's on the keys page, a team's on the Usage page. */
  private linkFor(topUp: BudgetTopUp) {
    return topUp.teamRef ? this.links.usage : this.links.keys;
  }

  private send(
    recipients: string[],
    actorRef: string | undefined,
    payload: NotificationPayload,
  ) {
    return notifyEntities(this.options, recipients, payload, actorRef);
  }
}

function capitalised(text: string) {
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}
