import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { notifyEntities, NotificationPayload } from './notify';
import { PortalLinks, portalLinks } from './portalLinks';

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

  private send(
    recipients: string[],
    actorRef: string,
    payload: NotificationPayload,
  ) {
    return notifyEntities(this.options, recipients, payload, actorRef);
  }
}
