export interface Config {
  litemaas?: {
    /**
     * The URL developers send inference requests to (LiteLLM, or the
     * Kuadrant gateway in front of it), shown in the issued key's snippets.
     * Declared here as well as in the backend's schema: the app only sends
     * to the browser what its own plugins' schemas mark frontend.
     * @visibility frontend
     */
    gatewayBaseUrl?: string;
  };
}
