import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  RESOURCE_TYPE_LITEMAAS_KEY,
  RESOURCE_TYPE_LITEMAAS_MODEL,
} from '@litemaas/backstage-plugin-litemaas-common';
import { z } from 'zod';

/**
 * What permission rules see of a model.
 *
 * @public
 */
export interface LiteMaasModelResource {
  name: string;
  /** Catalog entity ref of the model's owner, when set. */
  ownerRef?: string;
}

/**
 * Query form of the model rules, for filtering lists.
 *
 * @public
 */
export type LiteMaasModelQuery = { ownerRefs: string[] };

/** @public */
export const litemaasModelResourceRef = createPermissionResourceRef<
  LiteMaasModelResource,
  LiteMaasModelQuery
>().with({
  pluginId: 'litemaas',
  resourceType: RESOURCE_TYPE_LITEMAAS_MODEL,
});

/**
 * True when the model's owner is one of the given entity refs, typically
 * the user's ownership refs (the user and their groups).
 *
 * @public
 */
export const isModelOwner = createPermissionRule({
  name: 'IS_MODEL_OWNER',
  description: 'Allow when the model is owned by one of the given entities',
  resourceRef: litemaasModelResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Entity refs, e.g. the user and the groups they belong to'),
  }),
  apply: (model, { claims }) =>
    model.ownerRef !== undefined &&
    claims.some(
      c =>
        c.toLocaleLowerCase('en-US') ===
        model.ownerRef!.toLocaleLowerCase('en-US'),
    ),
  toQuery: ({ claims }) => ({ ownerRefs: claims }),
});

/** @public */
export const litemaasModelRules = { isModelOwner };

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: litemaasModelResourceRef,
  rules: litemaasModelRules,
});

/**
 * Conditions for policies, e.g.
 * `litemaasModelConditions.isModelOwner({ claims: user.info.ownershipEntityRefs })`.
 *
 * @public
 */
export const litemaasModelConditions = conditions;

/** @public */
export const createLiteMaasModelConditionalDecision = createConditionalDecision;

/**
 * What permission rules see of an API key.
 *
 * @public
 */
export interface LiteMaasKeyResource {
  id: string;
  /** The owning user or group. */
  subjectRef: string;
}

/** @public */
export type LiteMaasKeyQuery = { subjectRefs: string[] };

/** @public */
export const litemaasKeyResourceRef = createPermissionResourceRef<
  LiteMaasKeyResource,
  LiteMaasKeyQuery
>().with({
  pluginId: 'litemaas',
  resourceType: RESOURCE_TYPE_LITEMAAS_KEY,
});

/**
 * True when the key belongs to one of the given entity refs: the user's own
 * keys, and the keys of the groups they belong to.
 *
 * @public
 */
export const isKeyOwner = createPermissionRule({
  name: 'IS_KEY_OWNER',
  description: 'Allow when the key is owned by one of the given entities',
  resourceRef: litemaasKeyResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Entity refs, e.g. the user and the groups they belong to'),
  }),
  apply: (key, { claims }) =>
    claims.some(
      c =>
        c.toLocaleLowerCase('en-US') ===
        key.subjectRef.toLocaleLowerCase('en-US'),
    ),
  toQuery: ({ claims }) => ({ subjectRefs: claims }),
});

/** @public */
export const litemaasKeyRules = { isKeyOwner };

const keyExports = createConditionExports({
  resourceRef: litemaasKeyResourceRef,
  rules: litemaasKeyRules,
});

/**
 * Conditions for policies, e.g.
 * `litemaasKeyConditions.isKeyOwner({ claims: ownershipEntityRefs })`.
 *
 * @public
 */
export const litemaasKeyConditions = keyExports.conditions;

/** @public */
export const createLiteMaasKeyConditionalDecision =
  keyExports.createConditionalDecision;
