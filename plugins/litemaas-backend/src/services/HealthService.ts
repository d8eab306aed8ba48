import {
  GatewayHealth,
  HealthResponse,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';

/**
 * Reports the plugin's own status and whether LiteLLM answers. While the
 * circuit breaker is open this answers at once from what it knows.
 */
export class HealthService {
  constructor(private readonly litellm: LiteLlmClient) {}

  async check(): Promise<HealthResponse> {
    const started = Date.now();
    try {
      const readiness = await this.litellm.getReadiness();
      return {
        status: 'ok',
        litellm: {
          reachable: true,
          url: this.litellm.baseUrl,
          version: readiness.litellm_version,
          db: readiness.db,
          latencyMs: Date.now() - started,
          circuit: this.circuit(),
        },
      };
    } catch (error) {
      return {
        status: 'degraded',
        litellm: {
          reachable: false,
          url: this.litellm.baseUrl,
          latencyMs: Date.now() - started,
          error: (error as Error).message,
          circuit: this.circuit(),
        },
      };
    }
  }

  private circuit(): GatewayHealth['circuit'] {
    const { state, failures, since, retryAt } = this.litellm.circuit();
    return {
      state,
      failures,
      ...(since && { since: since.toISOString() }),
      ...(retryAt && state !== 'closed' && { retryAt: retryAt.toISOString() }),
    };
  }
}
