import { sectionsVouchedFor } from '../approverRoles';
import type { ApproverRole, Round, Seat } from '../types';

/** One rejection of a round and the sections of the form it concerns. @public */
export interface SectionsToFix {
  /** The rejecting seat's role; a role no longer configured keeps its id as title. */
  role: Pick<ApproverRole, 'id' | 'title' | 'titleEn'>;
  /** Who decided for the seat. */
  decidedBy?: string;
  comment: string;
  /**
   * Top-level section ids, in the order the approver or the role names them;
   * empty when neither says where the problem is.
   */
  sections: string[];
}

/**
 * What a rejected round asks the owner to fix: each rejecting seat's comment
 * and the sections it points at — the sections the approver named, else the
 * sections the role vouches for. In the configured order of the roles, roles
 * no longer configured last. A round that was not rejected asks nothing.
 *
 * @public
 */
export function sectionsToFix(
  round: Round,
  roles: readonly ApproverRole[],
): SectionsToFix[] {
  if (round.status !== 'rejected') {
    return [];
  }
  const order = (seat: Seat) => {
    const index = roles.findIndex(r => r.id === seat.role);
    return index === -1 ? roles.length : index;
  };
  return round.seats
    .filter(seat => seat.status === 'rejected')
    .sort((a, b) => order(a) - order(b))
    .map(seat => {
      const role = roles.find(r => r.id === seat.role);
      const named = seat.sections?.length
        ? seat.sections
        : sectionsVouchedFor(role ?? {});
      return {
        role: role ?? { id: seat.role, title: seat.role },
        decidedBy: seat.decidedBy,
        comment: seat.comment ?? '',
        sections: [...new Set(named)],
      };
    });
}

/**
 * The latest round that closed rejected, whose comments the owner is fixing;
 * undefined when no round was rejected or a later round was approved.
 *
 * @public
 */
export function lastRejectedRound(rounds: readonly Round[]): Round | undefined {
  const ordered = [...rounds].sort((a, b) => b.number - a.number);
  const latest = ordered.find(r => r.status !== 'withdrawn');
  return latest?.status === 'rejected' ? latest : undefined;
}
