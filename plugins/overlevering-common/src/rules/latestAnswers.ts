import type { Round, Seat } from '../types';

/** A seat's answer and the round it was given in. @public */
export interface Answer {
  seat: Seat & { status: 'approved' | 'rejected' };
  round: number;
}

/**
 * The latest answer of each role across all rounds, by role id. A seat that
 * never answered (it waits, or its round was withdrawn) leaves the role's
 * earlier answer standing.
 *
 * @public
 */
export function latestAnswers(
  rounds: readonly Pick<Round, 'number' | 'seats'>[],
): Map<string, Answer> {
  const latest = new Map<string, Answer>();
  const ordered = [...rounds].sort((a, b) => a.number - b.number);
  for (const round of ordered) {
    for (const seat of round.seats) {
      if (seat.status === 'approved' || seat.status === 'rejected') {
        latest.set(seat.role, {
          seat: seat as Answer['seat'],
          round: round.number,
        });
      }
    }
  }
  return latest;
}

/**
 * The approvals that stand: each role whose latest answer is an approval,
 * with who approved it and when. Once a handover is approved these are all
 * its seats, the "approved by all" the lists and the handover page show.
 *
 * @public
 */
export function standingApprovals(
  rounds: readonly Pick<Round, 'number' | 'seats'>[],
): Answer[] {
  return [...latestAnswers(rounds).values()].filter(
    answer => answer.seat.status === 'approved',
  );
}
