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
    /**
     * Entity refs (users or groups) of LiteMaaS admins. The portal's
     * permission policy lets them manage models and review every request;
     * they are notified of new requests.
     */
    admins?: string[];
    /**
     * Access policy of models nobody has set one for: open, restricted
     * (default) or hidden.
     */
    defaultAccessPolicy?: 'open' | 'restricted' | 'hidden';
    /**
     * Initial policy per model name, until an admin edits it in the portal.
     */
    models?: Array<{
      /** The public model name, as in LiteLLM's model_name. */
      name: string;
      accessPolicy?: 'open' | 'restricted' | 'hidden';
      /** Catalog entity ref of the owner, e.g. group:default/ml-platform */
      owner?: string;
      description?: string;
      defaultLimits?: {
        tpm?: number;
        rpm?: number;
        maxBudget?: number;
        budgetDuration?: string;
      };
    }>;
    /** Defaults and maximums for keys; admins change them in the portal. */
    keys?: {
      /** Active keys one user or team may hold (default 10). */
      maxActiveKeysPerSubject?: number;
      /** Longest allowed expiry in days (default 365). */
      maxExpiresInDays?: number;
      /** Whether keys may never expire (default false). */
      allowNeverExpires?: boolean;
      user?: KeySubjectConfig;
      team?: KeySubjectConfig;
      reconcile?: {
        /** How often keys are compared with LiteLLM (default every 2 minutes). */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
    modelSync?: {
      /** How often models are pulled from LiteLLM (default every 5 minutes). */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    usage?: {
      /** How many days back the first pull of daily activity reaches (default 30). */
      backfillDays?: number;
      /** Usage older than this many days is deleted after each pull; kept forever when unset. */
      retentionDays?: number;
    };
  };
}

interface KeyLimitsConfig {
  maxBudget?: number;
  budgetDuration?: string;
  softBudget?: number;
  tpm?: number;
  rpm?: number;
  maxParallelRequests?: number;
}

interface KeySubjectConfig {
  /** Days until a new key expires when none is chosen (default 90). */
  defaultExpiresInDays?: number;
  defaults?: KeyLimitsConfig;
  maximums?: KeyLimitsConfig;
}
