import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  AccessRequest,
  RecertificationCampaign,
} from '@litemaas/backstage-plugin-litemaas-common';
import { notifyEntities, NotificationPayload } from '../notify';
import { PortalLinks, portalLinks } from '../portalLinks';

/** Tells reviewers and subjects about recertification campaigns. */
export class RecertificationNotifier {
  constructor(
    private readonly options: {
      notifications?: NotificationService;
      logger: LoggerService;
      /** Entity refs of the admins, who review every model. */
      adminRefs: string[];
      links?: PortalLinks;
    },
  ) {}

  private link(campaign: RecertificationCampaign) {
    return `${
      (this.options.links ?? portalLinks()).review
    }?tab=recertification&campaign=${encodeURIComponent(campaign.id)}`;
  }

  /** The models' owners are asked to decide; the admins see it too. */
  async started(
    campaign: RecertificationCampaign,
    ownerRefs: string[],
    actorRef: string,
  ) {
    await this.send([...ownerRefs, ...this.options.adminRefs], actorRef, {
      title: `Recertify ${
        campaign.progress.total
      } grants by ${campaign.deadline.slice(0, 10)}`,
      description: `${
        campaign.name
      }: keep or end each grant of ${campaign.modelNames.join(
        ', ',
      )}. Grants nobody confirms by the deadline ${
        campaign.onDeadline === 'end' ? 'end' : 'are flagged'
      }.`,
      link: this.link(campaign),
      severity: 'normal',
      topic: 'litemaas-recertification',
    });
  }

  async reminder(campaign: RecertificationCampaign, ownerRefs: string[]) {
    await this.send([...ownerRefs, ...this.options.adminRefs], undefined, {
      title: `${
        campaign.progress.pending
      } grants still to recertify by ${campaign.deadline.slice(0, 10)}`,
      description: `${campaign.name}: ${campaign.progress.pending} of ${
        campaign.progress.total
      } grants are undecided. At the deadline they ${
        campaign.onDeadline === 'end' ? 'end' : 'are flagged'
      }.`,
      link: this.link(campaign),
      severity: 'high',
      topic: 'litemaas-recertification',
    });
  }

  async closed(campaign: RecertificationCampaign, ownerRefs: string[]) {
    const p = campaign.progress;
    await this.send([...ownerRefs, ...this.options.adminRefs], undefined, {
      title: `Recertification closed: ${campaign.name}`,
      description: `${p.keep} kept, ${p.end} ended by reviewers, ${p.expired} ended at the deadline, ${p.flagged} flagged, ${p.gone} had ended already.`,
      link: this.link(campaign),
      severity: 'normal',
      topic: 'litemaas-recertification',
    });
  }

  /** A grant nobody confirmed ended at the deadline. */
  async grantEnded(request: AccessRequest, campaign: RecertificationCampaign) {
    await this.send([request.subjectRef, request.requestedBy], undefined, {
      title: `Access to ${request.modelName} ended`,
      description: `Nobody confirmed ${request.subjectRef}'s grant in ${campaign.name} by its deadline; the model left its keys. Request access again if it is still needed.`,
      link: (this.options.links ?? portalLinks()).access,
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
