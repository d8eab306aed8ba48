import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { StoredDeprecation } from '../../database/DeprecationStore';
import { PortalLinks, portalLinks } from '../portalLinks';

/** What one recipient is told about a deprecated model. */
export type DeprecationMessage =
  | { kind: 'announce' }
  | { kind: 'remind'; daysLeft: number }
  | { kind: 'retired' };

/**
 * Tells holders of a deprecated model (and the owners of Components tied
 * to their keys) what happens to it, and when. Says whether the notice was
 * sent, so one that failed is not counted as told.
 */
export class DeprecationNotifier {
  constructor(
    private readonly options: {
      notifications?: NotificationService;
      logger: LoggerService;
      links?: PortalLinks;
    },
  ) {}

  async tell(
    campaign: StoredDeprecation,
    recipientRef: string,
    message: DeprecationMessage,
    /** Set when the recipient is told as the owner of these Components. */
    componentRefs: string[] = [],
  ): Promise<boolean> {
    const model = campaign.modelName;
    const date = campaign.retireAt.slice(0, 10);
    const move = campaign.replacement
      ? ` Move to ${campaign.replacement}.`
      : '';
    const via = componentRefs.length
      ? ` ${componentRefs.join(', ')} ${
          componentRefs.length === 1 ? 'calls' : 'call'
        } it through ${componentRefs.length === 1 ? 'a key' : 'keys'} tied to ${
          componentRefs.length === 1 ? 'it' : 'them'
        }.`
      : '';
    const note = campaign.note ? ` ${campaign.note}` : '';
    const titles = {
      announce: `${model} is deprecated: it retires on ${date}`,
      remind:
        message.kind === 'remind'
          ? `${model} retires ${
              message.daysLeft <= 1 ? 'tomorrow' : `in ${message.daysLeft} days`
            } (${date})`
          : '',
      retired: `${model} was retired`,
    };
    const descriptions = {
      announce: `On ${date} ${model} leaves every key and its grants end.${move}${via}${note}`,
      remind: `Your keys still carry ${model}, which leaves them on ${date}.${move}${via}${note}`,
      retired: `${model} left your keys and its grants ended.${move}${via}`,
    };
    if (!this.options.notifications) return true;
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: [recipientRef] },
        payload: {
          title: titles[message.kind],
          description: descriptions[message.kind].trim(),
          link: `${
            (this.options.links ?? portalLinks()).models
          }/${encodeURIComponent(model)}`,
          severity: message.kind === 'announce' ? 'normal' : 'high',
          topic: `litemaas-deprecation-${model}`,
        },
      });
      return true;
    } catch (error) {
      // Not sent: the caller gives the notice back for a next run.
      this.options.logger.warn(
        `Could not tell ${recipientRef} about ${model}: ${error}`,
      );
      return false;
    }
  }
}
