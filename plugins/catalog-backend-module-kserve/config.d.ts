export interface Config {
  catalog?: {
    providers?: {
      /**
       * KServe entity providers, by id (one per cluster or manifest source).
       * The full schema arrives with the provider itself.
       */
      kserve?: {
        [id: string]: {
          [key: string]: unknown;
        };
      };
    };
  };
}
