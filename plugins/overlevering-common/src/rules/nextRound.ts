import type { ApproverRole, Round } from '../types';
import { latestAnswers } from './latestAnswers';

/**
 * Why a seat is in the next round.
 *
 * - `first`: the handover has never been sent; every fixed seat and every
 *   ticked optional seat is asked.
 * - `rejected`: the seat's latest answer was a rejection; it must be asked
 *   again, whether or not the owner ticks it.
 * - `notAnswered`: asked before but never answered (its round was withdrawn).
 * - `newOptional`: an optional seat ticked now that no round has asked yet.
 *
 * @public
 */
export type SeatReason =
  | { kind: 'first' }
  | { kind: 'rejected'; round: number }
  | { kind: 'notAnswered' }
  | { kind: 'newOptional' };

/** @public */
export interface PlannedSeat {
  role: ApproverRole;
  reason: SeatReason;
  /**
   * True when the owner cannot leave the seat out: it is fixed, or it
   * rejected and must see the correction.
   */
  required: boolean;
}

/** A seat whose approval carries over, and the round it approved in. @public */
export interface KeptApproval {
  role: ApproverRole;
  round: number;
}

/** @public */
export interface NextRoundPlan {
  /** The seats the next round asks, in the configured order of the roles. */
  seats: PlannedSeat[];
  /** Seats whose approval carries over from an earlier round. */
  kept: KeptApproval[];
  /** The optional roles the latest round had ticked, to pre-tick them again. */
  previousOptional: string[];
}

/**
 * The plan of the next approval round: every seat whose latest answer was a
 * rejection, plus every fixed role and every ticked optional role that has
 * not approved yet. Approvals carry over; a role no longer configured is
 * dropped. The backend opens exactly these seats and the submit dialog shows
 * exactly these, so both follow this one function.
 *
 * @public
 */
export function planNextRound(options: {
  roles: readonly ApproverRole[];
  rounds: readonly Round[];
  /** The optional roles the owner ticks for this round. */
  optionalRoles: readonly string[];
}): NextRoundPlan {
  const latest = latestAnswers(options.rounds);
  const ticked = new Set(options.optionalRoles);
  const asked = new Set(options.rounds.flatMap(r => r.seats.map(a => a.role)));
  const first = options.rounds.length === 0;
  const seats: PlannedSeat[] = [];
  const kept: KeptApproval[] = [];
  for (const role of options.roles) {
    const answer = latest.get(role.id);
    if (answer?.seat.status === 'approved') {
      kept.push({ role, round: answer.round });
      continue;
    }
    if (answer?.seat.status === 'rejected') {
      seats.push({
        role,
        reason: { kind: 'rejected', round: answer.round },
        required: true,
      });
      continue;
    }
    if (role.kind === 'optional' && !ticked.has(role.id)) {
      continue;
    }
    let reason: SeatReason;
    if (first) {
      reason = { kind: 'first' };
    } else if (role.kind === 'optional' && !asked.has(role.id)) {
      reason = { kind: 'newOptional' };
    } else {
      reason = { kind: 'notAnswered' };
    }
    seats.push({ role, reason, required: role.kind === 'fixed' });
  }
  const ordered = [...options.rounds].sort((a, b) => a.number - b.number);
  const previous = ordered[ordered.length - 1];
  return { seats, kept, previousOptional: previous?.optionalRoles ?? [] };
}
