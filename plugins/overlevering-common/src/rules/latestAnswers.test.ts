import type { Round, SeatStatus } from '../types';
import { standingApprovals } from './latestAnswers';

const PEOPLE: Record<string, string> = {
  hemithjelp: 'user:default/hanne.hjelp',
  fagansvarlig: 'user:default/per.fag',
  server: 'user:default/sara.server',
};

function round(number: number, seats: Record<string, SeatStatus>): Round {
  return {
    number,
    status: 'rejected',
    revision: number,
    submittedBy: 'user:default/kari.nordmann',
    submittedAt: `2026-11-2${number}T08:00:00.000Z`,
    optionalRoles: [],
    seats: Object.entries(seats).map(([role, status]) => ({
      role,
      approver: PEOPLE[role],
      status,
      ...(status === 'approved' || status === 'rejected'
        ? { decidedBy: PEOPLE[role], decidedAt: `2026-11-2${number}T09:00:00Z` }
        : {}),
    })),
  };
}

const shown = (rounds: Round[]) =>
  standingApprovals(rounds).map(
    a => `${a.seat.role} by ${a.seat.decidedBy} in round ${a.round}`,
  );

describe('standingApprovals', () => {
  it('names who approved each role, in the round that role last answered', () => {
    expect(
      shown([
        round(1, {
          hemithjelp: 'approved',
          fagansvarlig: 'rejected',
          server: 'rejected',
        }),
        round(2, { fagansvarlig: 'approved', server: 'rejected' }),
        round(3, { server: 'approved' }),
      ]),
    ).toEqual([
      `hemithjelp by ${PEOPLE.hemithjelp} in round 1`,
      `fagansvarlig by ${PEOPLE.fagansvarlig} in round 2`,
      `server by ${PEOPLE.server} in round 3`,
    ]);
  });

  it('leaves out a role whose latest answer is a rejection, and keeps an answer a withdrawn round did not replace', () => {
    expect(
      shown([
        round(1, { hemithjelp: 'approved', server: 'rejected' }),
        round(2, { server: 'withdrawn', fagansvarlig: 'pending' }),
      ]),
    ).toEqual([`hemithjelp by ${PEOPLE.hemithjelp} in round 1`]);
  });
});
