import type { ApproverRole, Round } from '../types';
import { changedFields } from './changedSections';
import { latestAnswers } from './latestAnswers';
import { samePerson, userRefAt } from './personRefs';

/**
 * Why a seat is in the next round.
 *
 * - `first`: the handover has never been sent; every fixed seat and every
 *   ticked optional seat is asked.
 * - `rejected`: the seat's latest answer was a rejection; it must be asked
 *   again, whether or not the owner ticks it.
 * - `changed`: the seat approved in round `round`, but `fields` (the parts of
 *   the form its role vouches for, as dotted paths) changed since; its
 *   approval would vouch for text it never saw, so it must be asked again.
 * - `newHolder`: a person seat approved in round `round`, but its `field`
 *   now names someone else (or nobody): an approval belongs to the person
 *   who gave it, so whoever holds the seat now must be asked.
 * - `notAnswered`: asked before but never answered (its round was withdrawn).
 * - `newOptional`: an optional seat ticked now that no round has asked yet.
 *
 * @public
 */
export type SeatReason =
  | { kind: 'first' }
  | { kind: 'rejected'; round: number }
  | { kind: 'changed'; round: number; fields: string[] }
  | { kind: 'newHolder'; round: number; field: string }
  | { kind: 'notAnswered' }
  | { kind: 'newOptional' };

/** @public */
export interface PlannedSeat {
  role: ApproverRole;
  reason: SeatReason;
  /**
   * True when the owner cannot leave the seat out: it is fixed, it rejected
   * and must see the correction, what it vouches for changed, or it has a
   * new holder.
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
 * The optional roles the latest round had ticked, so the next round can
 * offer them pre-ticked.
 *
 * @public
 */
export function previousOptionalRoles(
  rounds: readonly Pick<Round, 'number' | 'optionalRoles'>[],
): string[] {
  const ordered = [...rounds].sort((a, b) => a.number - b.number);
  return ordered[ordered.length - 1]?.optionalRoles ?? [];
}

/**
 * The rounds whose snapshots {@link planNextRound} compares the document
 * with: each round in which a role that vouches for parts of the form gave
 * the approval that still stands. Ascending, once each.
 *
 * @public
 */
export function roundsToCompare(options: {
  roles: readonly ApproverRole[];
  rounds: readonly Round[];
}): number[] {
  const latest = latestAnswers(options.rounds);
  const numbers = new Set<number>();
  for (const role of options.roles) {
    const answer = latest.get(role.id);
    if (answer?.seat.status === 'approved' && role.vouchesFor?.length) {
      numbers.add(answer.round);
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

/**
 * The plan of the next approval round: every seat whose latest answer was a
 * rejection, every seat whose approval no longer covers what it vouches for,
 * plus every fixed role and every ticked optional role that has not approved
 * yet. A role is dropped when no longer configured.
 *
 * An approval carries over only while the person who gave it still holds
 * the seat (a person seat's field names them) and the fields its role vouches for
 * (`vouchesFor`) are unchanged between the snapshot of the round it approved
 * in and `document`; empty answers count as equal. A role that vouches for
 * nothing in particular keeps its approval whatever changes. The backend
 * opens exactly these seats and the submit dialog shows exactly these, so
 * both follow this one function.
 *
 * @public
 */
export function planNextRound(options: {
  roles: readonly ApproverRole[];
  rounds: readonly Round[];
  /** The optional roles the owner ticks for this round. */
  optionalRoles: readonly string[];
  /** The document the next round would decide on. */
  document: Record<string, unknown>;
  /**
   * The document each earlier round decided on, by round number: at least
   * those of {@link roundsToCompare}.
   */
  snapshots: ReadonlyMap<number, Record<string, unknown>>;
}): NextRoundPlan {
  const latest = latestAnswers(options.rounds);
  const ticked = new Set(options.optionalRoles);
  const asked = new Set(options.rounds.flatMap(r => r.seats.map(a => a.role)));
  const first = options.rounds.length === 0;
  const seats: PlannedSeat[] = [];
  const kept: KeptApproval[] = [];
  for (const role of options.roles) {
    const answer = latest.get(role.id);
    if (
      answer?.seat.status === 'approved' &&
      role.field &&
      !samePerson(answer.seat.approver, userRefAt(options.document, role.field))
    ) {
      seats.push({
        role,
        reason: { kind: 'newHolder', round: answer.round, field: role.field },
        required: true,
      });
      continue;
    }
    if (answer?.seat.status === 'approved') {
      const fields = changedSinceApproval(role, answer.round, options);
      if (fields.length === 0) {
        kept.push({ role, round: answer.round });
      } else {
        seats.push({
          role,
          reason: { kind: 'changed', round: answer.round, fields },
          required: true,
        });
      }
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
  return {
    seats,
    kept,
    previousOptional: previousOptionalRoles(options.rounds),
  };
}

/** The fields `role` vouches for that changed since it approved in `round`. */
function changedSinceApproval(
  role: ApproverRole,
  round: number,
  options: {
    document: Record<string, unknown>;
    snapshots: ReadonlyMap<number, Record<string, unknown>>;
  },
): string[] {
  if (!role.vouchesFor?.length) {
    return [];
  }
  const approved = options.snapshots.get(round);
  if (!approved) {
    // Carrying the approval over unchecked would be the very fault this
    // rule prevents; a caller that forgot the snapshot must hear of it.
    throw new Error(
      `planNextRound needs the snapshot of round ${round}, where '${role.id}' approved`,
    );
  }
  return changedFields(approved, options.document, role.vouchesFor);
}
