import type { ApproverRole, Round } from '@hemit/plugin-overlevering-common';

/**
 * The roles the next round asks, by the rules of the approval round:
 * every seat whose latest decision was a rejection, plus every fixed role
 * and every ticked optional role that has not approved yet. Approvals carry
 * over; a role no longer configured is dropped.
 *
 * @internal
 */
export function rolesForNextRound(options: {
  roles: ApproverRole[];
  rounds: Round[];
  optionalRoles: string[];
}): ApproverRole[] {
  const latest = latestDecisions(options.rounds);
  const ticked = new Set(options.optionalRoles);
  return options.roles.filter(role => {
    const decision = latest.get(role.id);
    if (decision === 'rejected') {
      return true;
    }
    if (decision === 'approved') {
      return false;
    }
    return role.kind === 'fixed' || ticked.has(role.id);
  });
}

/** The latest answered decision of each role, across all rounds. */
function latestDecisions(
  rounds: Round[],
): Map<string, 'approved' | 'rejected'> {
  const latest = new Map<string, 'approved' | 'rejected'>();
  const ordered = [...rounds].sort((a, b) => a.number - b.number);
  for (const round of ordered) {
    for (const seat of round.assignments) {
      if (seat.status === 'approved' || seat.status === 'rejected') {
        latest.set(seat.role, seat.status);
      }
    }
  }
  return latest;
}
