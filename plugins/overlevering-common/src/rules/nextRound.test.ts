import type { ApproverRole, Round } from '../types';
import { DEFAULT_APPROVER_ROLES } from '../approverRoles';
import { planNextRound } from './nextRound';

const roles = DEFAULT_APPROVER_ROLES;

function round(
  number: number,
  seats: Record<string, 'approved' | 'rejected' | 'withdrawn' | 'pending'>,
  optionalRoles: string[] = [],
): Round {
  return {
    number,
    status: 'rejected',
    revision: number,
    submittedBy: 'user:default/kari.nordmann',
    submittedAt: '2026-11-20T08:00:00.000Z',
    optionalRoles,
    seats: Object.entries(seats).map(([role, status]) => ({
      role,
      approver: 'group:default/x',
      status,
    })),
  };
}

const ids = (seats: { role: ApproverRole }[]) => seats.map(s => s.role.id);

const fixedApproved = Object.fromEntries(
  roles.filter(r => r.kind === 'fixed').map(r => [r.id, 'approved' as const]),
);

describe('planNextRound', () => {
  it('asks every fixed seat and the ticked optional ones in round 1', () => {
    const plan = planNextRound({
      roles,
      rounds: [],
      optionalRoles: ['server'],
    });
    expect(ids(plan.seats)).toEqual([
      'hemithjelp',
      'tilgangsadministrasjon',
      'config-manager',
      'tjenesteutvikler',
      'seksjonsleder',
      'fagansvarlig',
      'server',
    ]);
    expect(plan.seats.every(s => s.reason.kind === 'first')).toBe(true);
    expect(plan.seats.find(s => s.role.id === 'server')?.required).toBe(false);
    expect(plan.seats.find(s => s.role.id === 'hemithjelp')?.required).toBe(
      true,
    );
  });

  it('asks again only those who rejected, plus newly ticked optional seats', () => {
    const rounds = [
      round(
        1,
        { ...fixedApproved, fagansvarlig: 'rejected', server: 'rejected' },
        ['server'],
      ),
    ];
    const plan = planNextRound({
      roles,
      rounds,
      optionalRoles: ['server', 'nettverk'],
    });
    expect(plan.previousOptional).toEqual(['server']);
    expect(plan.seats.map(s => [s.role.id, s.reason])).toEqual([
      ['fagansvarlig', { kind: 'rejected', round: 1 }],
      ['server', { kind: 'rejected', round: 1 }],
      ['nettverk', { kind: 'newOptional' }],
    ]);
    expect(ids(plan.kept)).toContain('hemithjelp');
  });

  it('keeps asking a rejected optional seat the owner unticks, and says it cannot be left out', () => {
    const rounds = [
      round(1, { ...fixedApproved, server: 'rejected' }, ['server']),
    ];
    const plan = planNextRound({ roles, rounds, optionalRoles: [] });
    expect(plan.seats).toEqual([
      {
        role: roles.find(r => r.id === 'server'),
        reason: { kind: 'rejected', round: 1 },
        required: true,
      },
    ]);
  });

  it('uses the latest answer: approved after an earlier rejection stays approved', () => {
    const rounds = [
      round(1, { hemithjelp: 'rejected', fagansvarlig: 'rejected' }),
      round(2, { hemithjelp: 'approved', fagansvarlig: 'rejected' }),
    ];
    const plan = planNextRound({ roles, rounds, optionalRoles: [] });
    expect(plan.seats.find(s => s.role.id === 'hemithjelp')).toBeUndefined();
    expect(plan.seats.find(s => s.role.id === 'fagansvarlig')?.reason).toEqual({
      kind: 'rejected',
      round: 2,
    });
    expect(plan.kept).toContainEqual({
      role: roles.find(r => r.id === 'hemithjelp'),
      round: 2,
    });
  });

  it('asks the seats of a withdrawn round again unless they had approved', () => {
    const rounds = [
      round(1, { hemithjelp: 'approved', fagansvarlig: 'withdrawn' }),
    ];
    const plan = planNextRound({ roles, rounds, optionalRoles: [] });
    expect(ids(plan.kept)).toEqual(['hemithjelp']);
    expect(plan.seats.find(s => s.role.id === 'fagansvarlig')?.reason).toEqual({
      kind: 'notAnswered',
    });
  });

  it('leaves out an optional seat that was asked, never answered and is not ticked now', () => {
    const rounds = [round(1, { server: 'withdrawn' }, ['server'])];
    const plan = planNextRound({ roles, rounds, optionalRoles: [] });
    expect(ids(plan.seats)).not.toContain('server');
    expect(plan.previousOptional).toEqual(['server']);
  });

  it('drops a role that is no longer configured', () => {
    const rounds = [round(1, { retired: 'rejected', ...fixedApproved })];
    const plan = planNextRound({ roles, rounds, optionalRoles: [] });
    expect(plan.seats).toEqual([]);
  });
});
