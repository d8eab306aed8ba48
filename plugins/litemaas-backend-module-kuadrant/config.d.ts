export interface Config {
  litemaas?: {
    /**
     * The Kuadrant Key Manager: keys as API-key Secrets, models published
     * through AuthPolicies and (Token)RateLimitPolicies on their routes.
     * Left out, the module does nothing.
     */
    kuadrant?: {
      /** The cluster's API server, e.g. `https://api.cluster.example.com:6443`. */
      url: string;
      /**
       * Bearer token of the service account the module acts as (see the
       * module's README for the Role it needs).
       * @visibility secret
       */
      serviceAccountToken?: string;
      /** The API server's CA bundle: base64 (as in a kubeconfig) or PEM. */
      caData?: string;
      /** Skip TLS verification; also required for a plain-HTTP url. */
      skipTLSVerify?: boolean;
      /**
       * Where key Secrets are written (default `kuadrant-system`, the
       * namespace Authorino reads them from). Another namespace needs
       * `allNamespaces` and a cluster-wide Authorino.
       */
      secretNamespace?: string;
      /** AuthPolicies look for key Secrets in every namespace (default false). */
      allNamespaces?: boolean;
      /**
       * The prefix of the Authorization header's value (default `Bearer`,
       * so OpenAI SDKs work unchanged).
       */
      credentialPrefix?: string;
      /** Timeout of one request to the API server in milliseconds (default 10000). */
      requestTimeoutMs?: number;
      /**
       * The models published through Kuadrant, by LiteLLM model name, each
       * with the HTTPRoute it is served on (a `sectionName` names the rule
       * of a shared route that has one path per model).
       */
      models?: Array<{
        name: string;
        route: {
          namespace: string;
          name: string;
          sectionName?: string;
        };
      }>;
    };
  };
}
