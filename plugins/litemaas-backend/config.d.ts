import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  litemaas?: {
    /**
     * This portal install's id. Every key it issues carries it in LiteLLM's
     * metadata, and its reconciler touches no key without it. Generated
     * once and kept in the database when unset; give a restored copy of a
     * database (staging from a production backup) its own.
     */
    instanceId?: string;
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
      /**
       * Extra attempts for reads after a refused connection or 5xx (default
       * 2). A read that timed out is not retried: a hung LiteLLM would only
       * make its caller wait longer.
       */
      retries?: number;
      /**
       * Stops calling a LiteLLM that keeps failing: after `failureThreshold`
       * consecutive failed calls (no answer, a time-out or a 5xx) calls are
       * refused at once with a 503 that says since when; after `openSeconds`
       * one trial call goes through and its success closes the breaker.
       */
      circuitBreaker?: {
        /** Default 3. */
        failureThreshold?: number;
        /** Default 15. */
        openSeconds?: number;
      };
      /** Keys per page when reconciliation lists every key (1-100, default 100). */
      keyListPageSize?: number;
    };
    /**
     * Single-use downloads of the keys automation issues (the scaffolder
     * action): their values never enter the task's stored output.
     */
    keyDelivery?: {
      /**
       * At least 32 random characters; the AES-256-GCM key is derived from
       * it. Without it, automation cannot provision keys.
       * @visibility secret
       */
      secret?: string;
      /** How long a download waits (default 1 hour). */
      ttl?: HumanDuration | string;
      /** The app page that shows them (default <appPath>/deliveries). */
      pagePath?: string;
    };
    /**
     * Where the app mounts the LiteMaaS page (default /litemaas): links in
     * notifications and key deliveries start with it.
     */
    appPath?: string;
    /**
     * The URL developers send inference requests to (LiteLLM or the Kuadrant
     * gateway in front of it). Shown in snippets.
     * @visibility frontend
     */
    gatewayBaseUrl?: string;
    /**
     * Follow the catalog when people leave: a user missing from two
     * consecutive catalog reads has their personal keys revoked and grants
     * ended after a grace period; admins are told first.
     */
    offboarding?: {
      /** Default true. */
      enabled?: boolean;
      /** Days between the second missing read and the revocation (default 7). */
      graceDays?: number;
      /** More users missing at once than this changes nothing and tells the admins. */
      holdBack?: { maxShare?: number; maxCount?: number };
      /** Default: every 30 minutes. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Grants that end (a model's maxGrantDays, an asked end date). */
    grants?: {
      /**
       * When grants that reached their end are ended and their subjects
       * told before (default: every 5 minutes).
       */
      expirySchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * When recertification campaigns send reminders and settle at their
       * deadline (default: every 15 minutes).
       */
      recertificationSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * The audit trail: every governance action kept in the portal's
     * database, for admins (all) and model owners (their models).
     */
    audit?: {
      /** Days events are kept; older ones are deleted daily (default 365; 0 keeps them for ever). */
      retentionDays?: number;
    };
    /**
     * A chat on each model's page, for people with access to try it. The
     * browser calls the gateway (`gatewayBaseUrl`, which must allow the
     * app's origin: LiteLLM does by default) with a key issued for the
     * session: one model, a small budget, a short expiry, revoked when the
     * session ends.
     */
    playground?: {
      /** Default true. */
      enabled?: boolean;
      /** Minutes until a session's key expires (1-60, default 30). */
      sessionMinutes?: number;
      /** USD one session may spend (default 0.25). */
      maxBudget?: number;
      /** Requests per minute of a session's key (default 20). */
      rpm?: number;
      /** Sessions one person may have open at once (default 3). */
      maxSessionsPerUser?: number;
    };
    /**
     * Entity refs (users or groups) of LiteMaaS admins. The portal's
     * permission policy lets them manage models and review every request;
     * they are notified of new requests.
     */
    admins?: string[];
    /**
     * How long the permission policy's decisions are reused for one
     * caller's token, in seconds (default 5; 0 asks the policy on every
     * request). A role taken away in the policy applies within this time.
     */
    permissionCacheSeconds?: number;
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
      /**
       * Every grant of the model ends at most this many days after it is
       * granted or extended (no limit by default).
       */
      maxGrantDays?: number;
      /**
       * Approval rules of the model, checked at start-up; they win over
       * rules saved in the portal, which cannot change them. See the
       * README's "Approval rules".
       */
      approvalRules?: Array<{
        name: string;
        kind: 'autoApprove' | 'twoApprovals' | 'escalate' | 'deny';
        /** autoApprove: group refs the requester must be in (one of). */
        groups?: string[];
        /** autoApprove: the most it grants. */
        ceiling?: {
          maxBudget?: number;
          tpm?: number;
          rpm?: number;
          budgetDuration?: string;
        };
        /** twoApprovals: budgets above this need two reviewers. */
        aboveBudget?: number;
        /** escalate: admins are told after this many days. */
        afterDays?: number;
        /** deny: what the catalog must hold, else the request is denied. */
        require?: {
          kind: 'Component' | 'System' | 'Resource' | 'API';
          owner: 'subject' | 'requester';
          filter?: { [field: string]: string };
        };
        reason?: string;
      }>;
    }>;
    /** Access requests. */
    access?: {
      /**
       * When requests waiting past an escalate rule are escalated to the
       * admins (default: every 30 minutes).
       */
      escalationSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Model deprecation campaigns. */
    deprecations?: {
      /**
       * When announcements and reminders due go out and models past their
       * retirement date retire (default: every 15 minutes, so a model
       * retires within 15 minutes of its date).
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /** Defaults and maximums for keys; admins change them in the portal. */
    keys?: {
      /**
       * When budgets of top-ups past their period fall back (default:
       * every 10 minutes).
       */
      topUpSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Active keys one user or team may hold (default 10). */
      maxActiveKeysPerSubject?: number;
      /** Longest allowed expiry in days (default 365). */
      maxExpiresInDays?: number;
      /** Whether keys may never expire (default false). */
      allowNeverExpires?: boolean;
      // user and team are spelled out twice: RHDH's schema export allows no
      // helper types in config.d.ts.
      /** Keys of a user. */
      user?: {
        /** Days until a new key expires when none is chosen (default 90). */
        defaultExpiresInDays?: number;
        defaults?: {
          maxBudget?: number;
          budgetDuration?: string;
          softBudget?: number;
          tpm?: number;
          rpm?: number;
          maxParallelRequests?: number;
        };
        maximums?: {
          maxBudget?: number;
          budgetDuration?: string;
          softBudget?: number;
          tpm?: number;
          rpm?: number;
          maxParallelRequests?: number;
        };
      };
      /** Keys of a team. */
      team?: {
        /** Days until a new key expires when none is chosen (default 90). */
        defaultExpiresInDays?: number;
        defaults?: {
          maxBudget?: number;
          budgetDuration?: string;
          softBudget?: number;
          tpm?: number;
          rpm?: number;
          maxParallelRequests?: number;
        };
        maximums?: {
          maxBudget?: number;
          budgetDuration?: string;
          softBudget?: number;
          tpm?: number;
          rpm?: number;
          maxParallelRequests?: number;
        };
      };
      reconcile?: {
        /** How often keys are compared with LiteLLM (default every 2 minutes). */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * A key missing from LiteLLM is marked revoked (an orphan deleted)
         * only when a second run at least this much later sees the same
         * (default 5 minutes).
         */
        confirmMissingAfter?: HumanDuration | string;
        /** A key write unfinished for this long died with its process (default 2 minutes). */
        staleSagaAfter?: HumanDuration | string;
        /**
         * A run that would revoke or delete more than this share (0-1,
         * default 0.1) or count (default 25) of the keys does none of it,
         * tells the admins, and waits for their confirmation.
         */
        holdBack?: { maxShare?: number; maxCount?: number };
      };
      adoption?: {
        /**
         * Which LiteLLM user_id makes a key made outside the portal its
         * user's without an admin: entity-ref-or-email (default),
         * entity-ref, email, or off. A bare user name never does.
         */
        automatic?: 'entity-ref-or-email' | 'entity-ref' | 'email' | 'off';
      };
    };
    modelSync?: {
      /** How often models are pulled from LiteLLM (default every 5 minutes). */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * A catalog read pulls from LiteLLM first when the last pull is older
       * than this (default 30 seconds).
       */
      maxAgeSeconds?: number;
      /**
       * How long that read waits for LiteLLM when the portal has a catalog
       * to show (default 2000 ms): a slower or failed pull serves the stored
       * catalog, marked stale, and a failure is not retried by reads for 10 s.
       */
      readWaitMs?: number;
    };
    usage?: {
      /** How often usage is pulled from LiteLLM (default every 5 minutes). */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** How many days back the first pull of daily activity reaches (default 30). */
      backfillDays?: number;
      /** Usage older than this many days is deleted after each pull; kept forever when unset. */
      retentionDays?: number;
    };
  };
}
