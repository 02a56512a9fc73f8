import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';
import { OVERLEVERING_PAGE_PATHS } from '@hemit/plugin-overlevering-common';

/** The plugin's page ("Mine overleveringer" and "Godkjenninger"). */
export const rootRouteRef = createRouteRef({ id: 'overlevering' });

/** One handover: status, rounds, history. */
export const handoverRouteRef = createSubRouteRef({
  id: 'overlevering/handover',
  parent: rootRouteRef,
  path: OVERLEVERING_PAGE_PATHS.handover,
});

/** The form of one handover. */
export const handoverFormRouteRef = createSubRouteRef({
  id: 'overlevering/handover-form',
  parent: rootRouteRef,
  path: OVERLEVERING_PAGE_PATHS.handoverForm,
});

/** The approvals tab. */
export const approvalsRouteRef = createSubRouteRef({
  id: 'overlevering/approvals',
  parent: rootRouteRef,
  path: OVERLEVERING_PAGE_PATHS.approvals,
});

/** One waiting seat of one round, where the approver decides. */
export const decisionRouteRef = createSubRouteRef({
  id: 'overlevering/decision',
  parent: rootRouteRef,
  path: OVERLEVERING_PAGE_PATHS.decision,
});

/** The import of the old SharePoint list, for administrators. */
export const importRouteRef = createSubRouteRef({
  id: 'overlevering/import',
  parent: rootRouteRef,
  path: OVERLEVERING_PAGE_PATHS.import,
});
