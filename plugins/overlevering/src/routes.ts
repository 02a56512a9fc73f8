import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The plugin's page ("Mine overleveringer" and "Godkjenninger"). */
export const rootRouteRef = createRouteRef({ id: 'overlevering' });

/** One handover: status, rounds, history. */
export const handoverRouteRef = createSubRouteRef({
  id: 'overlevering/handover',
  parent: rootRouteRef,
  path: '/h/:id',
});

/** The form of one handover. */
export const handoverFormRouteRef = createSubRouteRef({
  id: 'overlevering/handover-form',
  parent: rootRouteRef,
  path: '/h/:id/skjema',
});

/** The approvals tab. */
export const approvalsRouteRef = createSubRouteRef({
  id: 'overlevering/approvals',
  parent: rootRouteRef,
  path: '/godkjenninger',
});

/** One waiting seat of one round, where the approver decides. */
export const decisionRouteRef = createSubRouteRef({
  id: 'overlevering/decision',
  parent: rootRouteRef,
  path: '/godkjenninger/:id/:round/:role',
});
