import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { notifyEntities, NotificationPayload } from './notify';
import { PortalLinks, portalLinks } from './portalLinks';

/** Notices the portal sends by itself exclude no one. */
const SYSTEM_REF = undefined;

/**
 * Tells people about access requests through Backstage notifications.
 * Best effort: a notification that cannot be sent never fails the change.
 */
export class AccessNotifier {
  constructor(
    private readonly options: {
      notifications?: NotificationService;
      logger: LoggerService;
      /** Entity refs of the admins, who review every model. */
      adminRefs: string[];
      /** The app's pages the notifications link to. */
      links?: PortalLinks;
    },
  ) {}

  async requestArrived(
    request: AccessRequest,
    ownerRef: string | undefined,
    actorRef: string,
  ) {
    const approvers = [...this.options.adminRefs];
    if (ownerRef) approvers.push(ownerRef);
    await this.send(approvers, actorRef, {
      title: `Access requested: ${request.modelName}`,
      description: `${request.requestedBy} asks for ${request.modelName} for ${
        request.subjectRef
      }${request.justification ? `: “${request.justification}”` : ''}`,
      link: (this.options.links ?? portalLinks()).review,
      severity: 'normal',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  async requestDecided(request: AccessRequest, actorRef: string) {
    const granted = request.status === 'granted';
    await this.send([request.requestedBy, request.subjectRef], actorRef, {
      title: `Access to ${request.modelName} ${
        granted ? 'granted' : request.status
      }`,
      description: granted
        ? `${request.subjectRef} can now create keys for ${request.modelName}.`
        : `Reason: ${request.decisionReason ?? 'none given'}`,
      link: (this.options.links ?? portalLinks()).access,
      severity: granted ? 'normal' : 'high',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  /** The subject's grant ends soon: one click to ask for more time. */
  async grantEnding(request: AccessRequest, daysLeft: number) {
    const links = this.options.links ?? portalLinks();
    await this.send([request.subjectRef, request.requestedBy], SYSTEM_REF, {
      title: `Access to ${request.modelName} ends ${
        daysLeft <= 1 ? 'within a day' : `in ${daysLeft} days`
      }`,
      description: `${request.subjectRef}'s grant for ${
        request.modelName
      } ends on ${request.expiresAt?.slice(
        0,
        10,
      )}; the model then leaves its keys. Ask to extend it if it is still needed.`,
      link: `${links.access}?extend=${encodeURIComponent(request.id)}`,
      severity: daysLeft <= 1 ? 'high' : 'normal',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  async grantExpired(request: AccessRequest) {
    await this.send([request.subjectRef, request.requestedBy], SYSTEM_REF, {
      title: `Access to ${request.modelName} ended`,
      description: `${request.subjectRef}'s grant for ${request.modelName} reached its end date; the model left its keys. Request access again if it is still needed.`,
      link: (this.options.links ?? portalLinks()).access,
      severity: 'high',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  async extensionAsked(
    request: AccessRequest,
    ownerRef: string | undefined,
    actorRef: string,
  ) {
    const approvers = [...this.options.adminRefs];
    if (ownerRef) approvers.push(ownerRef);
    await this.send(approvers, actorRef, {
      title: `Extension asked: ${request.modelName}`,
      description: `${actorRef} asks to keep ${request.modelName} for ${
        request.subjectRef
      } until ${request.extension?.until.slice(
        0,
        10,
      )} (now ends ${request.expiresAt?.slice(0, 10)})${
        request.extension?.justification
          ? `: “${request.extension.justification}”`
          : ''
      }`,
      link: `${(this.options.links ?? portalLinks()).review}?tab=extensions`,
      severity: 'normal',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  async extensionDecided(
    request: AccessRequest,
    approved: boolean,
    reason: string | undefined,
    actorRef: string,
  ) {
    await this.send([request.requestedBy, request.subjectRef], actorRef, {
      title: `Extension of ${request.modelName} ${
        approved ? 'granted' : 'denied'
      }`,
      description: approved
        ? `${request.subjectRef} keeps ${
            request.modelName
          } until ${request.expiresAt?.slice(0, 10)}.`
        : `The grant still ends on ${request.expiresAt?.slice(
            0,
            10,
          )}. Reason: ${reason ?? 'none given'}`,
      link: (this.options.links ?? portalLinks()).access,
      severity: approved ? 'normal' : 'high',
      topic: `litemaas-access-${request.modelName}`,
    });
  }

  /** A request waited past an escalate rule's days: the admins decide. */
  async requestEscalated(request: AccessRequest, days: number, rule: string) {
    await this.send(this.options.adminRefs, SYSTEM_REF, {
      title: `Access request waiting ${days} days: ${request.modelName}`,
      description: `${request.requestedBy} asked for ${request.modelName} for ${
        request.subjectRef
      } on ${request.createdAt.slice(
        0,
        10,
      )}; no owner decided within ${days} days (rule '${rule}').`,
      link: (this.options.links ?? portalLinks()).review,
      severity: 'high',
      topic: `litemaas-access-${request.modelName}`,
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
