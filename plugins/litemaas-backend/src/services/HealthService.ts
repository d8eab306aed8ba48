import { HealthResponse } from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';

/** Reports the plugin's own status and whether LiteLLM answers. */
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
        },
      };
    }
  }
}
