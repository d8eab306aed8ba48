import { ruleReasonText } from '@litemaas/backstage-plugin-litemaas-common';
import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { AccessStore } from '../../database/AccessStore';
import { AccessNotifier } from '../AccessNotifier';
import { audited } from '../audit';
import { ApprovalRuleService } from './ApprovalRuleService';

const SYSTEM = { userRef: 'system:litemaas' };
const DAY_MS = 24 * 3600 * 1000;

export interface EscalationReport {
  /** Requests the admins were told about. */
  escalated: number;
  /** Requests that could not be handled; the next run looks again. */
  failed: number;
}

/**
 * The scheduled part of escalate rules: a request pending longer than its
 * model's rule allows is marked escalated and the admins are told, once.
 * The mark is claimed in the database first, so of any number of replicas
 * one sends it.
 */
export class Escalation {
  constructor(
    private readonly deps: {
      rules: Pick<ApprovalRuleService, 'escalations'>;
      store: AccessStore;
      notifier: AccessNotifier;
      auditor: AuditorService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<EscalationReport> {
    const now = this.deps.now?.() ?? new Date();
    const report: EscalationReport = { escalated: 0, failed: 0 };
    for (const {
      modelName,
      rule,
      afterDays,
    } of await this.deps.rules.escalations()) {
      const since = new Date(now.getTime() - afterDays * DAY_MS);
      for (const request of await this.deps.store.waitingSince(
        modelName,
        since,
      )) {
        try {
          const reason = ruleReasonText({
            code: 'escalated',
            days: String(afterDays),
            rule,
          });
          const claimed = await this.deps.store.claimEscalation(request.id, {
            actorRef: SYSTEM.userRef,
            reason,
          });
          if (!claimed) continue;
          await audited(
            this.deps.auditor,
            'access-escalate',
            SYSTEM,
            { id: request.id, rule },
            async note => {
              note({
                subjectRef: request.subjectRef,
                modelName,
                reason,
              });
            },
          );
          await this.deps.notifier.requestEscalated(request, afterDays, rule);
          report.escalated += 1;
        } catch (error) {
          report.failed += 1;
          this.deps.logger.warn(
            `Could not escalate access request ${request.id}: ${error}`,
          );
        }
      }
    }
    return report;
  }
}
