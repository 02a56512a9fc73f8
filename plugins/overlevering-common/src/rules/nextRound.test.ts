import type { ApproverRole, Round } from '../types';
import { DEFAULT_APPROVER_ROLES } from '../approverRoles';
import { planNextRound, roundsToCompare } from './nextRound';

const roles = DEFAULT_APPROVER_ROLES;

/** The people the person seats name, each the person who holds the seat. */
const people = {
  tjenesteutvikler: 'user:default/ola.utvikler',
  seksjonsleder: 'user:default/siri.leder',
  fagansvarlig: 'user:default/frida.fag',
};

function approverOf(roleId: string) {
  const field = roles.find(r => r.id === roleId)?.field;
  const person = field && people[field.split('.')[1] as keyof typeof people];
  return person || 'group:default/x';
}

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
      approver: approverOf(role),
      status,
    })),
  };
}

/** The plan for a document that has not changed since any round. */
function planUnchanged(options: { rounds: Round[]; optionalRoles: string[] }) {
  const document = { bestilling: { tittel: 'PACS' }, designfase: people };
  return planNextRound({
    roles,
    ...options,
    document,
    snapshots: new Map(options.rounds.map(r => [r.number, document])),
  });
}

const ids = (seats: { role: ApproverRole }[]) => seats.map(s => s.role.id);

const fixedApproved = Object.fromEntries(
  roles.filter(r => r.kind === 'fixed').map(r => [r.id, 'approved' as const]),
);

describe('planNextRound', () => {
  it('asks every fixed seat and the ticked optional ones in round 1', () => {
    const plan = planUnchanged({ rounds: [], optionalRoles: ['server'] });
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
    const plan = planUnchanged({
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
    const plan = planUnchanged({ rounds, optionalRoles: [] });
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
    const plan = planUnchanged({ rounds, optionalRoles: [] });
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
    const plan = planUnchanged({ rounds, optionalRoles: [] });
    expect(ids(plan.kept)).toEqual(['hemithjelp']);
    expect(plan.seats.find(s => s.role.id === 'fagansvarlig')?.reason).toEqual({
      kind: 'notAnswered',
    });
  });

  it('leaves out an optional seat that was asked, never answered and is not ticked now', () => {
    const rounds = [round(1, { server: 'withdrawn' }, ['server'])];
    const plan = planUnchanged({ rounds, optionalRoles: [] });
    expect(ids(plan.seats)).not.toContain('server');
    expect(plan.previousOptional).toEqual(['server']);
  });

  it('drops a role that is no longer configured', () => {
    const rounds = [round(1, { retired: 'rejected', ...fixedApproved })];
    const plan = planUnchanged({ rounds, optionalRoles: [] });
    expect(plan.seats).toEqual([]);
  });

  describe('after the owner edits what an approver vouched for', () => {
    const approved = {
      bestilling: { tittel: 'PACS' },
      designfase: people,
      etablering: { servere: 'app01' },
      produksjonssetting: {
        kunnskapsartikler: 'KB-1 Pålogging',
        kjenteFeil: [{ beskrivelse: 'Treg søk', omgaelse: 'Vent' }],
      },
    };
    const round1 = round(1, { ...fixedApproved, server: 'rejected' }, [
      'server',
    ]);

    it('asks the seat again, naming the changed fields, when it vouches for them', () => {
      const plan = planNextRound({
        roles,
        rounds: [round1],
        optionalRoles: ['server'],
        document: {
          ...approved,
          etablering: { servere: 'app01, db01' },
          produksjonssetting: {
            ...approved.produksjonssetting,
            kunnskapsartikler: 'KB-1 Pålogging, KB-2 Utskrift',
          },
        },
        snapshots: new Map([[1, approved]]),
      });
      expect(plan.seats.map(s => [s.role.id, s.reason, s.required])).toEqual([
        [
          'hemithjelp',
          {
            kind: 'changed',
            round: 1,
            fields: ['produksjonssetting.kunnskapsartikler'],
          },
          true,
        ],
        ['server', { kind: 'rejected', round: 1 }, true],
      ]);
      expect(ids(plan.kept)).not.toContain('hemithjelp');
    });

    it('keeps the approval when the edit is elsewhere, or only adds empty values', () => {
      const plan = planNextRound({
        roles,
        rounds: [round1],
        optionalRoles: ['server'],
        document: {
          ...approved,
          bestilling: { tittel: 'PACS 2' },
          etablering: { servere: 'app01, db01', tilgangsroller: '' },
          produksjonssetting: {
            ...approved.produksjonssetting,
            hemithjelpOrientert: {},
            overvaking: 'Zabbix',
          },
        },
        snapshots: new Map([[1, approved]]),
      });
      expect(ids(plan.seats)).toEqual(['server']);
      expect(ids(plan.kept)).toContain('hemithjelp');
      expect(ids(plan.kept)).toContain('tilgangsadministrasjon');
    });

    it('keeps the approval of a role that vouches for nothing in particular, whatever changes', () => {
      const plan = planNextRound({
        roles,
        rounds: [round1],
        optionalRoles: ['server'],
        document: {
          bestilling: { tittel: 'Noe helt annet' },
          designfase: people,
        },
        snapshots: new Map([[1, approved]]),
      });
      expect(ids(plan.kept)).toEqual(
        expect.arrayContaining([
          'config-manager',
          'tjenesteutvikler',
          'seksjonsleder',
          'fagansvarlig',
        ]),
      );
      // Hemithjelp's articles are gone; access roles were empty and stay so.
      expect(ids(plan.seats)).toEqual(['hemithjelp', 'server']);
    });

    it('compares with the round the seat approved in, not the latest round', () => {
      const rounds = [
        round(1, { ...fixedApproved, fagansvarlig: 'rejected' }),
        round(2, { fagansvarlig: 'rejected' }),
      ];
      const plan = planNextRound({
        roles,
        rounds,
        optionalRoles: [],
        // Changed for round 2, changed back now.
        document: approved,
        snapshots: new Map<number, Record<string, unknown>>([
          [1, approved],
          [
            2,
            {
              ...approved,
              produksjonssetting: { kunnskapsartikler: 'KB-9' },
            },
          ],
        ]),
      });
      expect(ids(plan.seats)).toEqual(['fagansvarlig']);
      expect(roundsToCompare({ roles, rounds })).toEqual([1]);
    });

    it('asks an optional seat whose fields changed even when the owner unticks it', () => {
      const rounds = [
        round(1, { ...fixedApproved, server: 'approved' }, ['server']),
        round(2, { fagansvarlig: 'rejected' }),
      ];
      rounds[0].seats = rounds[0].seats.filter(s => s.role !== 'fagansvarlig');
      const plan = planNextRound({
        roles,
        rounds,
        optionalRoles: [],
        document: { ...approved, etablering: { servere: 'db01' } },
        snapshots: new Map([[1, approved]]),
      });
      expect(plan.seats.find(s => s.role.id === 'server')).toEqual({
        role: roles.find(r => r.id === 'server'),
        reason: { kind: 'changed', round: 1, fields: ['etablering.servere'] },
        required: true,
      });
    });

    it('refuses to plan without the snapshot an approval must be compared with', () => {
      expect(() =>
        planNextRound({
          roles,
          rounds: [round1],
          optionalRoles: [],
          document: approved,
          snapshots: new Map(),
        }),
      ).toThrow(/snapshot of round 1/);
    });
  });

  describe('after the owner names someone else in a person seat', () => {
    const before = { bestilling: { tittel: 'PACS' }, designfase: people };
    const rounds = [round(1, { ...fixedApproved, hemithjelp: 'rejected' })];
    const plan = (designfase: Record<string, string>) =>
      planNextRound({
        roles,
        rounds,
        optionalRoles: [],
        document: { ...before, designfase },
        snapshots: new Map([[1, before]]),
      });

    it('asks the new holder, since the approval was the old holder’s', () => {
      const next = plan({
        ...people,
        seksjonsleder: 'user:default/kari.eier',
      });
      expect(next.seats.map(s => [s.role.id, s.reason, s.required])).toEqual([
        ['hemithjelp', { kind: 'rejected', round: 1 }, true],
        [
          'seksjonsleder',
          {
            kind: 'newHolder',
            round: 1,
            field: 'designfase.seksjonsleder',
          },
          true,
        ],
      ]);
      expect(ids(next.kept)).not.toContain('seksjonsleder');
      expect(ids(next.kept)).toContain('fagansvarlig');
    });

    it('asks again when the field is emptied, so no approval stands for nobody', () => {
      const { seksjonsleder: _, ...rest } = people;
      expect(ids(plan(rest).seats)).toContain('seksjonsleder');
    });

    it('keeps the approval when the same person is written another way', () => {
      const next = plan({ ...people, seksjonsleder: 'siri.leder' });
      expect(ids(next.kept)).toContain('seksjonsleder');
    });
  });
});
