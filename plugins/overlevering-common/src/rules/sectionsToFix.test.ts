import type { ApproverRole, Round, Seat } from '../types';
import { lastRejectedRound, sectionsToFix } from './sectionsToFix';

const roles: ApproverRole[] = [
  {
    id: 'fagansvarlig',
    title: 'Fagansvarlig',
    kind: 'fixed',
    field: 'designfase.fagansvarlig',
  },
  {
    id: 'server',
    title: 'Server',
    kind: 'optional',
    group: 'group:default/server',
    vouchesFor: ['etablering.servere'],
  },
  {
    id: 'hemithjelp',
    title: 'Hemithjelp',
    kind: 'fixed',
    group: 'group:default/hemithjelp',
    vouchesFor: [
      'produksjonssetting.kunnskapsartikler',
      'produksjonssetting.kjenteFeil',
    ],
  },
];

function round(
  number: number,
  status: Round['status'],
  seats: Partial<Seat>[] = [],
): Round {
  return {
    number,
    status,
    revision: number,
    submittedBy: 'user:default/kari.nordmann',
    submittedAt: '2026-11-20T08:00:00.000Z',
    optionalRoles: [],
    seats: seats.map(seat => ({
      role: 'x',
      approver: 'group:default/x',
      status: 'approved',
      ...seat,
    })),
  };
}

describe('sectionsToFix', () => {
  it("points at the sections the approver named, else at the role's own sections", () => {
    const rejected = round(1, 'rejected', [
      {
        role: 'hemithjelp',
        status: 'rejected',
        decidedBy: 'user:default/hanne.hjelp',
        comment: 'Mangler kunnskapsartikler',
      },
      { role: 'fagansvarlig', status: 'approved' },
      {
        role: 'server',
        status: 'rejected',
        decidedBy: 'user:default/sara.server',
        comment: 'Serverlisten og kostnadene mangler',
        sections: ['etablering', 'driftskostnader'],
      },
    ]);
    expect(sectionsToFix(rejected, roles)).toEqual([
      {
        role: roles[1],
        decidedBy: 'user:default/sara.server',
        comment: 'Serverlisten og kostnadene mangler',
        sections: ['etablering', 'driftskostnader'],
      },
      {
        role: roles[2],
        decidedBy: 'user:default/hanne.hjelp',
        comment: 'Mangler kunnskapsartikler',
        // Two fields of one section are one section to fix.
        sections: ['produksjonssetting'],
      },
    ]);
  });

  it('points nowhere when neither the approver nor the role names a section, and keeps a retired role by its id', () => {
    const rejected = round(2, 'rejected', [
      { role: 'fagansvarlig', status: 'rejected', comment: 'ROS mangler' },
      { role: 'retired', status: 'rejected', comment: 'Nei' },
    ]);
    expect(sectionsToFix(rejected, roles)).toEqual([
      {
        role: roles[0],
        decidedBy: undefined,
        comment: 'ROS mangler',
        sections: [],
      },
      {
        role: { id: 'retired', title: 'retired' },
        decidedBy: undefined,
        comment: 'Nei',
        sections: [],
      },
    ]);
  });

  it('asks nothing of a round that was not rejected', () => {
    expect(
      sectionsToFix(
        round(1, 'open', [{ role: 'server', status: 'rejected' }]),
        roles,
      ),
    ).toEqual([]);
  });
});

describe('lastRejectedRound', () => {
  it('is the latest round when it was rejected, looking past withdrawn rounds', () => {
    const first = round(1, 'rejected');
    expect(lastRejectedRound([first])).toBe(first);
    expect(lastRejectedRound([round(2, 'withdrawn'), first])).toBe(first);
  });

  it('is none before any round, while a round is open, or after approval', () => {
    expect(lastRejectedRound([])).toBeUndefined();
    expect(
      lastRejectedRound([round(1, 'rejected'), round(2, 'open')]),
    ).toBeUndefined();
    expect(
      lastRejectedRound([round(1, 'rejected'), round(2, 'approved')]),
    ).toBeUndefined();
  });
});
