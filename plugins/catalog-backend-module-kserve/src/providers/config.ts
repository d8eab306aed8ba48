import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { ENTITY_SHAPES, EntityShape, sanitizeSegment } from '../transform';

/** Defaults for what an InferenceService does not say about itself. */
export interface EntityDefaults {
  owner?: string;
  lifecycle?: string;
  system?: string;
}

interface CommonConfig {
  id: string;
  /** First part of entity names; the provider id unless configured. */
  cluster: string;
  namespaces?: string[];
  excludeNamespaces: string[];
  defaults: EntityDefaults;
  /** Which entities each model server becomes. */
  entityShape: EntityShape;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/** A cluster, listed and watched through its API server. */
export interface KubernetesSourceConfig extends CommonConfig {
  type: 'kubernetes';
  url: string;
  serviceAccountToken?: string;
  caData?: string;
  skipTLSVerify: boolean;
  labelSelector?: string;
  /** Follow changes between full lists. */
  watch: boolean;
  pageSize: number;
  requestTimeoutMs: number;
}

/** Manifests in a folder or at a URL the catalog can read (GitOps). */
export interface ManifestSourceConfig extends CommonConfig {
  type: 'manifests';
  directory?: string;
  url?: string;
}

export type KServeSourceConfig = KubernetesSourceConfig | ManifestSourceConfig;

const CLUSTER_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 5 },
};
const MANIFEST_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 3 },
};

function isManifestUrl(url: string): boolean {
  // An API server URL never names a YAML file.
  return /\.(ya?ml|json)$/i.test(new URL(url).pathname);
}

function readOne(id: string, config: Config): KServeSourceConfig {
  const where = `catalog.providers.kserve.${id}`;
  const type = config.getOptionalString('type');
  const directory = config.getOptionalString('directory');
  const url = config.getOptionalString('url');
  if (type && type !== 'kubernetes' && type !== 'manifests') {
    throw new InputError(
      `${where}.type must be 'kubernetes' or 'manifests', got '${type}'`,
    );
  }
  if (directory && url) {
    throw new InputError(`${where}: set either directory or url, not both`);
  }
  if (!directory && !url) {
    throw new InputError(
      `${where} needs a url (a cluster's API server, or manifests) or a directory`,
    );
  }
  if (url && !URL.canParse(url)) {
    throw new InputError(`${where}.url is not a URL: ${url}`);
  }
  const resolvedType =
    type ?? (directory || isManifestUrl(url!) ? 'manifests' : 'kubernetes');
  if (resolvedType === 'kubernetes' && !url) {
    throw new InputError(`${where}: a kubernetes source needs a url`);
  }

  const cluster = config.getOptionalString('cluster') ?? id;
  if (!sanitizeSegment(cluster)) {
    throw new InputError(
      `${where}.cluster must contain letters or digits: '${cluster}'`,
    );
  }
  const entityShape =
    config.getOptionalString('entityShape') ?? 'component-resource-api';
  if (!ENTITY_SHAPES.includes(entityShape as EntityShape)) {
    throw new InputError(
      `${where}.entityShape must be one of ${ENTITY_SHAPES.map(
        shape => `'${shape}'`,
      ).join(', ')}, got '${entityShape}'`,
    );
  }
  const defaultsConfig = config.getOptionalConfig('defaults');
  const namespaces = config.getOptionalStringArray('namespaces');
  let schedule =
    resolvedType === 'kubernetes' ? CLUSTER_SCHEDULE : MANIFEST_SCHEDULE;
  if (config.has('schedule')) {
    schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
      config.getConfig('schedule'),
    );
  }
  const common: CommonConfig = {
    id,
    cluster,
    namespaces: namespaces && [...new Set(namespaces)],
    excludeNamespaces: config.getOptionalStringArray('excludeNamespaces') ?? [],
    defaults: {
      owner: defaultsConfig?.getOptionalString('owner'),
      lifecycle: defaultsConfig?.getOptionalString('lifecycle'),
      system: defaultsConfig?.getOptionalString('system'),
    },
    entityShape: entityShape as EntityShape,
    schedule,
  };

  if (resolvedType === 'manifests') {
    return { ...common, type: 'manifests', directory, url };
  }
  const skipTLSVerify = config.getOptionalBoolean('skipTLSVerify') ?? false;
  if (url!.startsWith('http:') && !skipTLSVerify) {
    // @kubernetes/client-node refuses plain HTTP unless told so.
    throw new InputError(
      `${where}.url is plain HTTP; set skipTLSVerify: true to allow it (e.g. for kubectl proxy)`,
    );
  }
  const pageSize = config.getOptionalNumber('pageSize') ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new InputError(`${where}.pageSize must be a positive integer`);
  }
  return {
    ...common,
    type: 'kubernetes',
    url: url!,
    serviceAccountToken: config.getOptionalString('serviceAccountToken'),
    caData: config.getOptionalString('caData'),
    skipTLSVerify,
    labelSelector: config.getOptionalString('labelSelector'),
    watch: config.getOptionalBoolean('watch') ?? true,
    pageSize,
    requestTimeoutMs: config.getOptionalNumber('requestTimeoutMs') ?? 30000,
  };
}

/** Reads `catalog.providers.kserve.<id>`; throws on invalid configuration. */
export function readKServeSourceConfigs(config: Config): KServeSourceConfig[] {
  const providers = config.getOptionalConfig('catalog.providers.kserve');
  if (!providers) return [];
  const sources = providers
    .keys()
    // `enabled: false` turns off a source that an earlier config file set
    // (production's config turns off the development examples).
    .filter(id => providers.getConfig(id).getOptionalBoolean('enabled') ?? true)
    .map(id => readOne(id, providers.getConfig(id)));
  // Entity names start with the cluster name: two sources with the same one
  // would fight over the same entities.
  const seen = new Map<string, string>();
  for (const source of sources) {
    const key = sanitizeSegment(source.cluster);
    const other = seen.get(key);
    if (other) {
      throw new InputError(
        `catalog.providers.kserve.${source.id} and .${other} use the same cluster name '${source.cluster}'; set cluster to tell them apart`,
      );
    }
    seen.set(key, source.id);
  }
  return sources;
}
