import type { Round } from '@hemit/plugin-overlevering-common';
import { defaultApproverRoles } from '../../__testUtils__/fakeBackend';
import { planSeats } from './seatPlan';

const round = (partial: Partial<Round>): Round => ({
  number: 1,
  status: 'rejected',
  revision: 3,
  submittedBy: 'user:default/kari.nordmann',
  submittedAt: '2026-11-20T08:00:00Z',
  optionalRoles: [],
  assignments: [],
  ...partial,
});

describe('planSeats', () => {
  it('sends the first round to every fixed seat and the ticked optional ones', () => {
    const plan = planSeats(defaultApproverRoles, [], ['server']);
    expect(plan.seats.map(s => s.role.id)).toEqual([
      'hemithjelp',
      'tilgangsadministrasjon',
      'config-manager',
      'tjenesteutvikler',
      'seksjonsleder',
      'fagansvarlig',
      'server',
    ]);
  });

  it('sends a resubmission only to those who rejected and to newly ticked seats', () => {
    const first = round({
      optionalRoles: ['server'],
      assignments: defaultApproverRoles
        .filter(r => r.kind === 'fixed' || r.id === 'server')
        .map(r => ({
          role: r.id,
          approver: r.group ?? 'user:default/ola',
          status:
            r.id === 'server' || r.id === 'fagansvarlig'
              ? 'rejected'
              : 'approved',
        })),
    });
    const plan = planSeats(
      defaultApproverRoles,
      [first],
      ['server', 'nettverk'],
    );
    expect(plan.previousOptional).toEqual(['server']);
    expect(plan.seats.map(s => [s.role.id, s.reason])).toEqual([
      ['fagansvarlig', { kind: 'rejected', round: 1 }],
      ['server', { kind: 'rejected', round: 1 }],
      ['nettverk', { kind: 'newOptional' }],
    ]);
    expect(plan.kept.map(k => k.role.id)).toContain('hemithjelp');
  });

  it('asks again the seats that had not answered when a round was withdrawn', () => {
    const withdrawn = round({
      status: 'withdrawn',
      assignments: [
        {
          role: 'hemithjelp',
          approver: 'group:default/hemithjelp',
          status: 'approved',
        },
        {
          role: 'fagansvarlig',
          approver: 'user:default/ola',
          status: 'withdrawn',
        },
      ],
    });
    const plan = planSeats(defaultApproverRoles, [withdrawn], []);
    expect(plan.kept.map(k => k.role.id)).toEqual(['hemithjelp']);
    expect(plan.seats.find(s => s.role.id === 'fagansvarlig')?.reason).toEqual({
      kind: 'notAnswered',
    });
  });
});
