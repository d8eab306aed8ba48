import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * KServe entity providers, by id: one per cluster or manifest source.
       * Each ingests InferenceServices and LLMInferenceServices as a
       * Component (model-server), a Resource (ai-model) and an API, or as
       * an AiModelServerAPI (see entityShape).
       */
      kserve?: {
        [id: string]: {
          /**
           * false turns the source off, e.g. one that an earlier config file
           * sets (default true).
           */
          enabled?: boolean;
          /**
           * `kubernetes` (a cluster's API server) or `manifests` (YAML files).
           * Inferred when left out: `directory`, or a `url` naming a .yaml /
           * .yml / .json file, means manifests; any other `url` a cluster.
           */
          type?: 'kubernetes' | 'manifests';
          /**
           * The cluster's API server (kubernetes), or where the manifests are
           * (manifests: a file or folder URL the catalog's UrlReader can read).
           */
          url?: string;
          /** A folder of manifests, relative to the backend's working directory. */
          directory?: string;
          /**
           * Name of the cluster, the first part of every entity name
           * (`<cluster>-<namespace>-<name>`). Defaults to the provider id.
           */
          cluster?: string;
          /**
           * Bearer token of a service account allowed to list and watch
           * inferenceservices and llminferenceservices.
           * @visibility secret
           */
          serviceAccountToken?: string;
          /** The API server's CA bundle: base64 (as in a kubeconfig) or PEM. */
          caData?: string;
          /** Skip TLS verification; also required for a plain-HTTP url. */
          skipTLSVerify?: boolean;
          /** Only these namespaces (default: all). */
          namespaces?: string[];
          /** Never these namespaces. */
          excludeNamespaces?: string[];
          /** Kubernetes label selector, e.g. `litemaas.io/catalog=true`. */
          labelSelector?: string;
          /** Follow changes between full lists with a watch (default true). */
          watch?: boolean;
          /** Objects per list page (default 500). */
          pageSize?: number;
          /** Timeout of one list request in milliseconds (default 30000). */
          requestTimeoutMs?: number;
          /**
           * Which entities each model server becomes:
           * `component-resource-api` (default) a Component (model-server), a
           * Resource (ai-model) and an API (openapi); `ai-model-server` one
           * `AiModelServerAPI` entity (spec.type ai-model-server), the shape
           * of Red Hat Developer Hub's AI model catalog; `both` all four.
           */
          entityShape?: 'component-resource-api' | 'ai-model-server' | 'both';
          /** For what an InferenceService's annotations do not say. */
          defaults?: {
            /** Entity ref of the owner, e.g. `group:default/ml-platform`. */
            owner?: string;
            lifecycle?: string;
            /** Entity ref of the system. */
            system?: string;
          };
          /**
           * When to list everything again. Default: every 30 minutes for a
           * cluster, every 10 minutes for manifests.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
      };
      /**
       * Models that LiteMaaS deprecated or retired: entities whose
       * `litemaas.io/model-name` names one get `spec.lifecycle`
       * `deprecated` / `retired` and the annotations
       * `litemaas.io/deprecation`, `litemaas.io/retire-at` and
       * `litemaas.io/replacement`, from the LiteMaaS backend's
       * `GET /api/litemaas/models/lifecycle`.
       */
      kserveLifecycle?: {
        /** false turns it off (default true). */
        enabled?: boolean;
        /** How long a list read is used before it is read again (default 60). */
        refreshSeconds?: number;
        /**
         * How long the last list read is still used while the LiteMaaS
         * backend cannot be reached (default 600); after that, entities keep
         * the lifecycle their source gives.
         */
        maxStaleSeconds?: number;
      };
    };
  };
}
