import type { ApproverRole, Round } from '@hemit/plugin-overlevering-common';
import { rolesForNextRound } from './roundRules';

const roles: ApproverRole[] = [
  {
    id: 'hemithjelp',
    title: 'Hemithjelp',
    kind: 'fixed',
    group: 'group:default/hemithjelp',
  },
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
  },
  {
    id: 'nettverk',
    title: 'Nettverk',
    kind: 'optional',
    group: 'group:default/nettverk',
  },
];

function round(
  number: number,
  seats: Record<string, 'approved' | 'rejected' | 'withdrawn' | 'pending'>,
): Round {
  return {
    number,
    status: 'rejected',
    revision: 1,
    submittedBy: 'user:default/kari.nordmann',
    submittedAt: '2026-01-01T00:00:00.000Z',
    optionalRoles: [],
    assignments: Object.entries(seats).map(([role, status]) => ({
      role,
      approver: 'group:default/x',
      status,
    })),
  };
}

const ids = (r: ApproverRole[]) => r.map(x => x.id);

describe('rolesForNextRound', () => {
  it('asks every fixed role and the ticked optional ones in round 1', () => {
    expect(
      ids(rolesForNextRound({ roles, rounds: [], optionalRoles: ['server'] })),
    ).toEqual(['hemithjelp', 'fagansvarlig', 'server']);
  });

  it('asks again only those who rejected, plus newly ticked optional roles', () => {
    const rounds = [
      round(1, {
        hemithjelp: 'approved',
        fagansvarlig: 'rejected',
        server: 'approved',
      }),
    ];
    expect(
      ids(rolesForNextRound({ roles, rounds, optionalRoles: [] })),
    ).toEqual(['fagansvarlig']);
    expect(
      ids(
        rolesForNextRound({
          roles,
          rounds,
          optionalRoles: ['server', 'nettverk'],
        }),
      ),
    ).toEqual(['fagansvarlig', 'nettverk']);
  });

  it('keeps asking a rejected optional role even when it is not ticked again', () => {
    const rounds = [
      round(1, {
        hemithjelp: 'approved',
        fagansvarlig: 'approved',
        server: 'rejected',
      }),
    ];
    expect(
      ids(rolesForNextRound({ roles, rounds, optionalRoles: [] })),
    ).toEqual(['server']);
  });

  it('uses the latest decision: approved after an earlier rejection stays approved', () => {
    const rounds = [
      round(1, { hemithjelp: 'rejected', fagansvarlig: 'rejected' }),
      round(2, { hemithjelp: 'approved', fagansvarlig: 'rejected' }),
    ];
    expect(
      ids(rolesForNextRound({ roles, rounds, optionalRoles: [] })),
    ).toEqual(['fagansvarlig']);
  });

  it('asks seats of a withdrawn round again unless they had approved', () => {
    const rounds = [
      round(1, { hemithjelp: 'approved', fagansvarlig: 'withdrawn' }),
    ];
    expect(
      ids(rolesForNextRound({ roles, rounds, optionalRoles: [] })),
    ).toEqual(['fagansvarlig']);
  });
});
