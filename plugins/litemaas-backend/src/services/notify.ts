import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';

export type NotificationPayload = Parameters<
  NotificationService['send']
>[0]['payload'];

/**
 * Sends a Backstage notification to entities (users, or groups' members).
 * Best effort: a notification that cannot be sent never fails the change.
 */
export async function notifyEntities(
  options: {
    notifications?: NotificationService;
    logger: LoggerService;
  },
  recipients: string[],
  payload: NotificationPayload,
  excludeRef?: string,
) {
  if (!options.notifications || recipients.length === 0) return;
  try {
    await options.notifications.send({
      recipients: {
        type: 'entity',
        entityRef: [...new Set(recipients)],
        ...(excludeRef && { excludeEntityRef: excludeRef }),
      },
      payload,
    });
  } catch (error) {
    options.logger.warn(`Could not send notification: ${error}`);
  }
}
