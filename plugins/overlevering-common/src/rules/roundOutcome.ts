import type { SeatStatus, HandoverStatus, Round, RoundTally } from '../types';

/** How many seats of a round wait, approved and rejected. @public */
export interface SeatCounts {
  pending: number;
  approved: number;
  rejected: number;
}

/**
 * Adds `n` seats of a status to the counts. A withdrawn seat is not counted:
 * its round was taken back before it answered.
 *
 * @public
 */
export function addSeats(counts: SeatCounts, status: SeatStatus, n = 1): void {
  if (status !== 'withdrawn') {
    counts[status] += n;
  }
}

/** @public */
export function countSeats(statuses: readonly SeatStatus[]): SeatCounts {
  const counts: SeatCounts = { pending: 0, approved: 0, rejected: 0 };
  statuses.forEach(status => addSeats(counts, status));
  return counts;
}

/**
 * How a round stands once its seats have answered as counted: open while any
 * seat waits; then rejected if any seat rejected, else approved. The handover
 * takes the same status when its round closes.
 *
 * @public
 */
export function roundOutcome(
  counts: SeatCounts,
): 'open' | 'approved' | 'rejected' {
  if (counts.pending > 0) {
    return 'open';
  }
  return counts.rejected > 0 ? 'rejected' : 'approved';
}

/** The handover's status after a round with this outcome. @public */
export function statusAfterRound(
  outcome: 'open' | 'approved' | 'rejected',
): HandoverStatus {
  return outcome === 'open' ? 'in_review' : outcome;
}

/** The tally of a round, as lists and the handover page show it. @public */
export function tallyOf(round: Round): RoundTally {
  return {
    number: round.number,
    status: round.status,
    ...countSeats(round.seats.map(a => a.status)),
  };
}
