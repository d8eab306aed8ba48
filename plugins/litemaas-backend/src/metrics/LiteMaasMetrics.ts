import { Attributes, metrics } from '@opentelemetry/api';
import type { ReconcileReport } from '@litemaas/backstage-plugin-litemaas-common';

/** Meter scope, as Backstage names its plugins' meters. */
export const LITEMAAS_METER = 'backstage-plugin-litemaas';

export type KeyEvent = 'issued' | 'rotated' | 'revoked';
export type Saga = 'create' | 'rotate' | 'revoke' | 'edit' | 'block';

/**
 * The portal's own metrics, through the OpenTelemetry API: whatever SDK the
 * backend (or Red Hat Developer Hub) registers exports them, as Prometheus
 * metrics in ours (packages/backend/src/instrumentation.ts); without one they
 * cost nothing. Names are OpenTelemetry's; Prometheus sees `litemaas_keys_total`,
 * `litemaas_http_server_request_duration_bucket` (in seconds) and so on. Attributes
 * are bounded sets (route templates, not paths; no user or key ids).
 */
export class LiteMaasMetrics {
  private readonly meter = metrics.getMeter(LITEMAAS_METER);
  private readonly requestDuration = this.meter.createHistogram(
    'litemaas.http.server.request.duration',
    {
      description:
        'Portal API requests by operation (route), method and status',
      unit: 's',
    },
  );
  private readonly keys = this.meter.createCounter('litemaas.keys', {
    description: 'Keys issued, rotated and revoked',
  });
  private readonly sagaFailures = this.meter.createCounter(
    'litemaas.saga.failures',
    { description: 'Key sagas that failed after recording their intent' },
  );
  private readonly sagaCompensations = this.meter.createCounter(
    'litemaas.saga.compensations',
    {
      description:
        'Failed sagas undone at once (undone) or left to the reconciler (pending)',
    },
  );
  private readonly reconcilerActions = this.meter.createCounter(
    'litemaas.reconciler.actions',
    { description: 'Repairs made by the key reconciler, by action' },
  );
  private readonly reconcilerHeld = this.meter.createCounter(
    'litemaas.reconciler.held_back',
    {
      description:
        'Destructive repairs the reconciler held back for an admin to confirm',
    },
  );
  private readonly taskRuns = this.meter.createCounter('litemaas.task.runs', {
    description: 'Scheduled task runs on this replica, by task and outcome',
  });
  private readonly litellmDuration = this.meter.createHistogram(
    'litemaas.litellm.request.duration',
    {
      description: "Calls to LiteLLM's admin API by route and outcome",
      unit: 's',
    },
  );

  httpRequest(attributes: {
    operation: string;
    method: string;
    status: number;
    seconds: number;
  }) {
    const { seconds, ...rest } = attributes;
    this.requestDuration.record(seconds, rest);
  }

  key(event: KeyEvent, count = 1) {
    this.keys.add(count, { event });
  }

  sagaFailed(saga: Saga, compensation: 'undone' | 'pending') {
    this.sagaFailures.add(1, { saga });
    this.sagaCompensations.add(1, { saga, outcome: compensation });
  }

  taskRun(task: string, outcome: 'ok' | 'failed') {
    this.taskRuns.add(1, { task, outcome });
  }

  reconciled(report: ReconcileReport) {
    const actions: Record<string, number> = {
      completed: report.completed,
      'removed-from-gateway': report.removedFromGateway,
      'marked-revoked': report.markedRevoked,
      resynced: report.resynced,
      adopted: report.adopted,
    };
    for (const gateway of report.gateways ?? []) {
      actions[`${gateway.id}-repaired`] = gateway.repaired;
      actions[`${gateway.id}-removed`] = gateway.removed;
    }
    // Zeros too: every series exists from the first run, so a rate over it
    // reads 0 rather than nothing.
    for (const [action, count] of Object.entries(actions)) {
      this.reconcilerActions.add(count, { action });
    }
    this.reconcilerHeld.add(report.heldBack, { gateway: 'litellm' });
    for (const gateway of report.gateways ?? []) {
      this.reconcilerHeld.add(gateway.heldBack?.count ?? 0, {
        gateway: gateway.id,
      });
    }
  }

  litellmCall(attributes: Attributes & { seconds: number }) {
    const { seconds, ...rest } = attributes;
    this.litellmDuration.record(seconds, rest);
  }

  /** Seconds since the last successful usage pull, read when scraped. */
  observeUsageLag(secondsSinceLastPull: () => Promise<number | undefined>) {
    this.meter
      .createObservableGauge('litemaas.usage.pull.lag', {
        description: 'Seconds since usage was last pulled from LiteLLM',
        unit: 's',
      })
      .addCallback(async result => {
        const lag = await secondsSinceLastPull().catch(() => undefined);
        if (lag !== undefined) result.observe(lag);
      });
  }
}
