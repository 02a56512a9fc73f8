import {
  conditionReminderPlan,
  overdueFrom,
  canCloseCondition,
  conditionInputProblems,
  isCalendarDate,
  isConditionOverdue,
  mayCarryConditions,
  openConditions,
} from './conditions';

const condition = {
  status: 'open' as const,
  followUp: 'user:default/kari',
  setBy: 'user:default/ola',
  due: '2026-12-04',
};

describe('conditions of an approval med forbehold', () => {
  it('needs a text, a person and a real date for each condition', () => {
    expect(
      conditionInputProblems([
        { text: 'Kurs servicedesk', followUp: 'kari', due: '2026-12-24' },
        { text: '  ', followUp: 'group:default/drift', due: '2026-02-30' },
      ]),
    ).toEqual([
      { index: 1, field: 'text' },
      { index: 1, field: 'followUp' },
      { index: 1, field: 'due' },
    ]);
  });

  it('knows a calendar date from a look-alike', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate(20261201)).toBe(false);
  });

  it('lets only an approval carry conditions', () => {
    expect(mayCarryConditions('approve')).toBe(true);
    expect(mayCarryConditions('reject')).toBe(false);
  });

  it('lets the follow-up person and the approver close an open condition, no one else', () => {
    expect(canCloseCondition(condition, 'user:default/kari')).toBe(true);
    expect(canCloseCondition(condition, 'ola')).toBe(true);
    expect(canCloseCondition(condition, 'user:default/per')).toBe(false);
    expect(canCloseCondition(condition, undefined)).toBe(false);
    expect(
      canCloseCondition(
        { ...condition, status: 'closed' },
        'user:default/kari',
      ),
    ).toBe(false);
  });

  it('keeps the open ones', () => {
    expect(
      openConditions([condition, { ...condition, status: 'closed' as const }]),
    ).toEqual([condition]);
    expect(openConditions(undefined)).toEqual([]);
  });

  it('is overdue from the day after its due date in Oslo', () => {
    // 23:30 UTC on 4 December is already 5 December in Oslo.
    expect(
      isConditionOverdue(condition, new Date('2026-12-04T22:30:00Z')),
    ).toBe(false);
    expect(
      isConditionOverdue(condition, new Date('2026-12-04T23:30:00Z')),
    ).toBe(true);
    expect(
      isConditionOverdue(
        { ...condition, status: 'closed' },
        new Date('2027-01-01T12:00:00Z'),
      ),
    ).toBe(false);
  });

  it('becomes overdue at midnight in Oslo after the due date, in winter and in summer', () => {
    expect(overdueFrom('2026-12-04').toISOString()).toBe(
      '2026-12-04T23:00:00.000Z',
    );
    expect(overdueFrom('2027-06-30').toISOString()).toBe(
      '2027-06-30T22:00:00.000Z',
    );
  });

  it('is reminded once overdue, and again after the role’s working days, not on a holiday', () => {
    const config = { remindAfterWorkingDays: 2, repeatEveryWorkingDays: 2 };
    // Due Wednesday 24 March 2027; overdue from skjærtorsdag.
    const due = '2027-03-24';
    expect(
      conditionReminderPlan({
        due,
        now: new Date('2027-03-24T21:00:00Z'),
        config,
        sent: { reminders: 0, escalated: false },
      }).remindNow,
    ).toBe(false);
    expect(
      conditionReminderPlan({
        due,
        now: new Date('2027-03-25T08:00:00Z'),
        config,
        sent: { reminders: 0, escalated: false },
      }).remindNow,
    ).toBe(true);
    const sent = {
      reminders: 1,
      lastReminderAt: new Date('2027-03-25T08:00:00Z'),
      escalated: false,
    };
    // Easter: no working day until Tuesday 30 March; two are done on 31 March.
    expect(
      conditionReminderPlan({
        due,
        now: new Date('2027-03-30T12:00:00Z'),
        config,
        sent,
      }).remindNow,
    ).toBe(false);
    const later = conditionReminderPlan({
      due,
      now: new Date('2027-04-01T08:00:00Z'),
      config,
      sent,
    });
    expect(later.remindNow).toBe(true);
    expect(later.escalateNow).toBe(false);
  });
});
