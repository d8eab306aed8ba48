import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of LiteMaaS models in permission decisions. A model
 * resource is identified by its public model name.
 *
 * @public
 */
export const RESOURCE_TYPE_LITEMAAS_MODEL = 'litemaas-model';

/**
 * The resource type of LiteMaaS API keys in permission decisions.
 *
 * @public
 */
export const RESOURCE_TYPE_LITEMAAS_KEY = 'litemaas-key';

/**
 * See an API key: in lists and on its own. A resource permission, so a
 * policy can allow it for the key's owners; a conditional decision is
 * applied as a query to lists.
 *
 * @public
 */
export const litemaasKeyReadPermission = createPermission({
  name: 'litemaas.key.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_LITEMAAS_KEY,
});

/**
 * Create and change an API key: create, edit, rotate, revoke (and, with
 * `litemaas.model.manage`, block). A resource permission, so a policy can
 * allow it for the key's owners (the user, or the members of the owning
 * team). A new key is judged as the key it would be, by its owner.
 *
 * @public
 */
export const litemaasKeyManagePermission = createPermission({
  name: 'litemaas.key.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_LITEMAAS_KEY,
});

/**
 * Browse the model catalog.
 *
 * @public
 */
export const litemaasModelReadPermission = createPermission({
  name: 'litemaas.model.read',
  attributes: { action: 'read' },
});

/**
 * Ask for access to a model, for oneself or for a team one belongs to.
 *
 * @public
 */
export const litemaasAccessRequestPermission = createPermission({
  name: 'litemaas.access.request',
  attributes: { action: 'create' },
});

/**
 * Approve or deny access requests for a model. A resource permission, so a
 * policy can allow it for the model's owners only.
 *
 * @public
 */
export const litemaasAccessReviewPermission = createPermission({
  name: 'litemaas.access.review',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_LITEMAAS_MODEL,
});

/**
 * Register, edit and remove models, set their access policy, see hidden
 * models: the admin's permission.
 *
 * @public
 */
export const litemaasModelManagePermission = createPermission({
  name: 'litemaas.model.manage',
  attributes: { action: 'update' },
});

/**
 * Read the gateway's health (version, reachability).
 *
 * @public
 */
export const litemaasHealthReadPermission = createPermission({
  name: 'litemaas.health.read',
  attributes: { action: 'read' },
});

/**
 * Every permission the LiteMaaS plugins define.
 *
 * @public
 */
export const litemaasPermissions = [
  litemaasModelReadPermission,
  litemaasAccessRequestPermission,
  litemaasAccessReviewPermission,
  litemaasModelManagePermission,
  litemaasKeyReadPermission,
  litemaasKeyManagePermission,
  litemaasHealthReadPermission,
];
