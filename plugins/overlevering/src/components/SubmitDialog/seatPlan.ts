import type {
  ApproverRole,
  Assignment,
  Round,
} from '@hemit/plugin-overlevering-common';

/** Why a seat is in the next round. */
export type SeatReason =
  | { kind: 'first' }
  | { kind: 'rejected'; round: number }
  | { kind: 'notAnswered' }
  | { kind: 'newOptional' };

export interface PlannedSeat {
  role: ApproverRole;
  reason: SeatReason;
}

export interface SeatPlan {
  /** The seats the new round will go to, with the reason for each. */
  seats: PlannedSeat[];
  /** Seats whose approval carries over from an earlier round. */
  kept: { role: ApproverRole; round: number }[];
  /** The optional seats ticked in the latest round, to pre-tick them again. */
  previousOptional: string[];
}

/**
 * Which seats the next round goes to, following domain.md: the first round
 * holds every fixed seat and the ticked optional ones; a later round holds the
 * seats whose latest answer was a rejection (or that never answered), plus
 * newly ticked optional seats; approvals carry over.
 */
export function planSeats(
  roles: ApproverRole[],
  rounds: Round[],
  ticked: string[],
): SeatPlan {
  const latest = new Map<string, { assignment: Assignment; round: number }>();
  for (const round of rounds) {
    for (const assignment of round.assignments) {
      if (assignment.status !== 'withdrawn') {
        latest.set(assignment.role, { assignment, round: round.number });
      }
    }
  }
  const asked = new Set(rounds.flatMap(r => r.assignments.map(a => a.role)));
  const seats: PlannedSeat[] = [];
  const kept: SeatPlan['kept'] = [];
  for (const role of roles) {
    const last = latest.get(role.id);
    if (last?.assignment.status === 'approved') {
      kept.push({ role, round: last.round });
      continue;
    }
    if (role.kind === 'optional' && !ticked.includes(role.id)) {
      continue;
    }
    if (rounds.length === 0) {
      seats.push({ role, reason: { kind: 'first' } });
    } else if (last?.assignment.status === 'rejected') {
      seats.push({ role, reason: { kind: 'rejected', round: last.round } });
    } else if (role.kind === 'optional' && !asked.has(role.id)) {
      seats.push({ role, reason: { kind: 'newOptional' } });
    } else {
      seats.push({ role, reason: { kind: 'notAnswered' } });
    }
  }
  const previous = rounds[rounds.length - 1];
  return { seats, kept, previousOptional: previous?.optionalRoles ?? [] };
}
