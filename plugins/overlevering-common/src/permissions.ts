import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of a handover, used by conditional permission rules.
 *
 * @public
 */
export const RESOURCE_TYPE_OVERLEVERING_HANDOVER = 'overlevering-handover';

/**
 * Start a new handover.
 *
 * @public
 */
export const handoverCreatePermission = createPermission({
  name: 'overlevering.handover.create',
  attributes: { action: 'create' },
});

/**
 * Read a handover, its rounds, history and export.
 *
 * @public
 */
export const handoverReadPermission = createPermission({
  name: 'overlevering.handover.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
});

/**
 * Edit, submit and withdraw a handover. The plugin also requires the caller to
 * be the handover's owner, whatever a policy allows.
 *
 * @public
 */
export const handoverUpdatePermission = createPermission({
  name: 'overlevering.handover.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
});

/**
 * Approve or reject a seat of a handover's round. The plugin also requires the
 * caller to hold the seat, whatever a policy allows.
 *
 * @public
 */
export const handoverDecidePermission = createPermission({
  name: 'overlevering.handover.decide',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
});

/**
 * Import the exported SharePoint list "Overlevering til produksjon": create
 * and update handovers on behalf of the people in the file. Meant for
 * administrators only.
 *
 * @public
 */
export const handoverImportPermission = createPermission({
  name: 'overlevering.handover.import',
  attributes: { action: 'create' },
});

/**
 * See and retry the notifications and signals whose delivery was given up
 * on after the most attempts. Meant for administrators only.
 *
 * @public
 */
export const deliveryManagePermission = createPermission({
  name: 'overlevering.delivery.manage',
  attributes: { action: 'update' },
});

/**
 * Every permission of the Overlevering plugins.
 *
 * @public
 */
export const overleveringPermissions = [
  handoverCreatePermission,
  handoverReadPermission,
  handoverUpdatePermission,
  handoverDecidePermission,
  handoverImportPermission,
  deliveryManagePermission,
];
