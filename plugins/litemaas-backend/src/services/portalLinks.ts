import { Config } from '@backstage/config';

/** The app's LiteMaaS pages that notifications and key deliveries link to. */
export interface PortalLinks {
  review: string;
  access: string;
  keys: string;
  usage: string;
  usageEveryone: string;
  reconcile: string;
  offboarding: string;
  deliveries: string;
  /** A model's page is `${models}/${name}`. */
  models: string;
}

/** Where the app mounts LiteMaaS unless `litemaas.appPath` says otherwise. */
export const DEFAULT_APP_PATH = '/litemaas';

/**
 * The links, under `litemaas.appPath`: a backend cannot resolve the app's
 * route refs, so the one place the app's mount point is known is config.
 */
export function portalLinks(config?: Config): PortalLinks {
  const configured =
    config?.getOptionalString('litemaas.appPath') ?? DEFAULT_APP_PATH;
  const base = `/${configured.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return {
    review: `${base}/review`,
    access: `${base}/access`,
    keys: `${base}/keys`,
    usage: `${base}/usage`,
    usageEveryone: `${base}/usage?scope=all`,
    reconcile: `${base}/admin/keys?section=reconcile`,
    offboarding: `${base}/admin/keys?section=offboarding`,
    deliveries: `${base}/deliveries`,
    models: `${base}/models`,
  };
}
