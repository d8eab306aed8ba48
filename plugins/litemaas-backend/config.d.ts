import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  litemaas?: {
    litellm: {
      /** LiteLLM proxy base URL, e.g. https://litellm.example.com */
      baseUrl: string;
      /**
       * LiteLLM master key (or an admin virtual key) the portal manages keys with.
       * @visibility secret
       */
      masterKey: string;
      /** Per-request timeout in milliseconds (default 10000). */
      timeoutMs?: number;
      /** Extra attempts for reads after a network error or 5xx (default 2). */
      retries?: number;
    };
    /**
     * The URL developers send inference requests to (LiteLLM or the Kuadrant
     * gateway in front of it). Shown in snippets.
     * @visibility frontend
     */
    gatewayBaseUrl?: string;
    modelSync?: {
      /** How often models are pulled from LiteLLM (default every 5 minutes). */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
