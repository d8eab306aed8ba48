import { Entity } from '@backstage/catalog-model';

/**
 * Annotations the KServe catalog module writes on model servers and AI
 * models. Kept here rather than imported: that module is backend-only.
 */
export const MODEL_ANNOTATIONS = {
  modelName: 'litemaas.io/model-name',
  endpoint: 'litemaas.io/endpoint',
  endpointPredicted: 'litemaas.io/endpoint-predicted',
  ready: 'litemaas.io/ready',
  readyReason: 'litemaas.io/ready-reason',
  modelState: 'litemaas.io/model-state',
  replicas: 'litemaas.io/replicas',
  gpus: 'litemaas.io/gpus',
  accelerator: 'litemaas.io/accelerator',
  modelId: 'litemaas.io/model-id',
  modelFormat: 'litemaas.io/model-format',
  runtime: 'litemaas.io/runtime',
  transformer: 'litemaas.io/transformer',
  explainer: 'litemaas.io/explainer',
} as const;

export type Readiness = 'ready' | 'not-ready' | 'unknown';

/** What the catalog says about a model server, read from its annotations. */
export interface ModelServerInfo {
  /** The LiteLLM model routing to this server, when someone named it. */
  modelName?: string;
  endpoint?: string;
  /** The endpoint was derived from the service name, not reported by KServe. */
  endpointPredicted: boolean;
  readiness: Readiness;
  readyReason?: string;
  modelState?: string;
  /** "1", or a range such as "1-3". */
  replicas?: string;
  /** Accelerators per replica. */
  gpus?: number;
  accelerator?: string;
  modelId?: string;
  modelFormat?: string;
  runtime?: string;
  /** The transformer in front of the predictor: its image, or "yes". */
  transformer?: string;
  /** The explainer beside the predictor: its type or image, or "yes". */
  explainer?: string;
}

function read(entity: Entity, key: string): string | undefined {
  const value = entity.metadata.annotations?.[key]?.trim();
  return value ? value : undefined;
}

/** The LiteLLM model name an entity is annotated with, if any. */
export function liteMaasModelName(entity: Entity): string | undefined {
  return read(entity, MODEL_ANNOTATIONS.modelName);
}

export function modelServerInfo(entity: Entity): ModelServerInfo {
  const ready = read(entity, MODEL_ANNOTATIONS.ready)?.toLocaleLowerCase(
    'en-US',
  );
  const gpus = Number(read(entity, MODEL_ANNOTATIONS.gpus));
  return {
    modelName: liteMaasModelName(entity),
    endpoint: read(entity, MODEL_ANNOTATIONS.endpoint),
    endpointPredicted:
      read(entity, MODEL_ANNOTATIONS.endpointPredicted) === 'true',
    readiness:
      (ready === 'true' && 'ready') ||
      (ready === 'false' && 'not-ready') ||
      'unknown',
    readyReason: read(entity, MODEL_ANNOTATIONS.readyReason),
    modelState: read(entity, MODEL_ANNOTATIONS.modelState),
    replicas: read(entity, MODEL_ANNOTATIONS.replicas),
    // Number('') is 0 and Number(undefined) NaN: only a real count counts.
    gpus:
      read(entity, MODEL_ANNOTATIONS.gpus) !== undefined &&
      Number.isFinite(gpus)
        ? gpus
        : undefined,
    accelerator: read(entity, MODEL_ANNOTATIONS.accelerator),
    modelId: read(entity, MODEL_ANNOTATIONS.modelId),
    modelFormat: read(entity, MODEL_ANNOTATIONS.modelFormat),
    runtime: read(entity, MODEL_ANNOTATIONS.runtime),
    transformer: read(entity, MODEL_ANNOTATIONS.transformer),
    explainer: read(entity, MODEL_ANNOTATIONS.explainer),
  };
}
