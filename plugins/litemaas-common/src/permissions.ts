import { createPermission } from '@backstage/plugin-permission-common';

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
  litemaasHealthReadPermission,
];
