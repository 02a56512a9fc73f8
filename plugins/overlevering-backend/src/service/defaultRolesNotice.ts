import type { ApproverRole } from '@hemit/plugin-overlevering-common';

/**
 * The one log line of a portal that runs on the default approver roles: the
 * default roles name groups a new portal rarely has, so the operator is told
 * which roles these are and where to map them, rather than finding out when
 * a round waits for a group nobody is in.
 */
export function defaultRolesNotice(roles: readonly ApproverRole[]): string {
  const listed = roles
    .map(role => {
      const holder = role.group
        ? `group ${role.group}`
        : `form field ${role.field}`;
      return `${role.id} (${holder}${
        role.kind === 'optional' ? ', optional' : ''
      })`;
    })
    .join(', ');
  return (
    `overlevering.approverRoles is not configured, so the ${roles.length} default approver roles are used: ${listed}. ` +
    `Map them to your organisation's groups under overlevering.approverRoles (each role: id, title, kind, and group or field); see the README of @hemit/plugin-overlevering-backend.`
  );
}
