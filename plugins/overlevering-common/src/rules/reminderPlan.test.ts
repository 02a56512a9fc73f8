import { reminderPlan, type ReminderConfig } from './reminderPlan';

// Wednesday 24 March 2027, 14:00 in Oslo: the round opens the day before
// skjærtorsdag. Thursday to Monday are days off (Easter 2027 is 28 March), so
// the working days after it are Tue 30, Wed 31 March, Thu 1, Fri 2, Mon 5 April...
const opened = new Date('2027-03-24T13:00:00Z');
const config: ReminderConfig = {
  remindAfterWorkingDays: 2,
  repeatEveryWorkingDays: 2,
  escalateAfterWorkingDays: 5,
  escalateTo: { field: 'designfase.seksjonsleder' },
};
/** 14:00 in Oslo (summer time from 28 March) on a day of April 2027 or March. */
const at = (date: string, time = '12:00') => new Date(`${date}T${time}:00Z`);
const nothingSent = { reminders: 0, escalated: false };

describe('reminderPlan', () => {
  it('reminds nobody over Easter, and first on the second working day after', () => {
    const easterMonday = reminderPlan({
      waitingSince: opened,
      now: at('2027-03-29', '20:00'),
      config,
      sent: nothingSent,
    });
    expect(easterMonday).toMatchObject({
      waitedWorkingDays: 0,
      remindNow: false,
      escalateNow: false,
      nextReminderAt: at('2027-03-31'),
      escalationAt: at('2027-04-05'),
    });

    const justBefore = reminderPlan({
      waitingSince: opened,
      now: at('2027-03-31', '11:59'),
      config,
      sent: nothingSent,
    });
    expect(justBefore.remindNow).toBe(false);
    expect(justBefore.waitedWorkingDays).toBe(1);

    const due = reminderPlan({
      waitingSince: opened,
      now: at('2027-03-31', '12:00'),
      config,
      sent: nothingSent,
    });
    expect(due).toMatchObject({
      waitedWorkingDays: 2,
      remindNow: true,
      escalateNow: false,
      nextReminderAt: at('2027-04-02'),
    });
  });

  it('does not remind again until M more working days have passed', () => {
    const sent = {
      reminders: 1,
      lastReminderAt: at('2027-03-31', '12:10'),
      escalated: false,
    };
    expect(
      reminderPlan({
        waitingSince: opened,
        now: at('2027-04-01'),
        config,
        sent,
      }),
    ).toMatchObject({ remindNow: false, nextReminderAt: at('2027-04-02') });
    expect(
      reminderPlan({
        waitingSince: opened,
        now: at('2027-04-02', '12:05'),
        config,
        sent,
      }),
    ).toMatchObject({ remindNow: true, nextReminderAt: at('2027-04-06') });
  });

  it('escalates once after K working days, and reminds on as before', () => {
    const sent = {
      reminders: 2,
      lastReminderAt: at('2027-04-02', '12:00'),
      escalated: false,
    };
    const monday = reminderPlan({
      waitingSince: opened,
      now: at('2027-04-05', '12:00'),
      config,
      sent,
    });
    expect(monday).toMatchObject({
      waitedWorkingDays: 5,
      remindNow: false,
      escalateNow: true,
      escalationAt: at('2027-04-05'),
      nextReminderAt: at('2027-04-06'),
    });
    expect(
      reminderPlan({
        waitingSince: opened,
        now: at('2027-04-05', '18:00'),
        config,
        sent: { ...sent, escalated: true },
      }).escalateNow,
    ).toBe(false);
  });

  it('sends one reminder after a pause, not every one it missed, and keeps to the timetable', () => {
    const plan = reminderPlan({
      waitingSince: opened,
      now: at('2027-04-07', '09:00'),
      config,
      sent: nothingSent,
    });
    expect(plan).toMatchObject({ remindNow: true, escalateNow: true });
    // The next one is where the timetable puts it, not M days after today.
    expect(plan.nextReminderAt).toEqual(at('2027-04-08'));
    const afterSending = reminderPlan({
      waitingSince: opened,
      now: at('2027-04-07', '09:15'),
      config,
      sent: {
        reminders: 1,
        lastReminderAt: at('2027-04-07', '09:00'),
        escalated: true,
      },
    });
    expect(afterSending).toMatchObject({
      remindNow: false,
      escalateNow: false,
    });
  });

  it('reminds once when no repeat is configured, and never escalates without a target', () => {
    const once: ReminderConfig = { remindAfterWorkingDays: 1 };
    expect(
      reminderPlan({
        waitingSince: opened,
        now: at('2027-03-30'),
        config: once,
        sent: nothingSent,
      }),
    ).toMatchObject({ remindNow: true, escalateNow: false });
    const after = reminderPlan({
      waitingSince: opened,
      now: at('2027-05-30'),
      config: once,
      sent: {
        reminders: 1,
        lastReminderAt: at('2027-03-30'),
        escalated: false,
      },
    });
    expect(after.remindNow).toBe(false);
    expect(after.nextReminderAt).toBeUndefined();
    expect(after.escalationAt).toBeUndefined();
  });

  it('without what was sent, tells a page the next reminder and escalation by the timetable', () => {
    expect(
      reminderPlan({ waitingSince: opened, now: at('2027-04-01'), config }),
    ).toMatchObject({
      waitedWorkingDays: 3,
      remindNow: false,
      escalateNow: false,
      nextReminderAt: at('2027-04-02'),
      escalationAt: at('2027-04-05'),
    });
  });

  it('reminds at once with zero days, the short interval of a demo', () => {
    const demo: ReminderConfig = {
      remindAfterWorkingDays: 0,
      repeatEveryWorkingDays: 1,
      escalateAfterWorkingDays: 0,
      escalateTo: { parentGroup: true },
    };
    // Saturday: not a working day, but zero days is no waiting at all.
    const saturday = new Date('2026-11-28T10:00:00Z');
    const plan = reminderPlan({
      waitingSince: saturday,
      now: new Date('2026-11-28T10:01:00Z'),
      config: demo,
      sent: nothingSent,
    });
    expect(plan).toMatchObject({ remindNow: true, escalateNow: true });
    expect(plan.nextReminderAt).toEqual(new Date('2026-11-30T10:00:00Z'));
  });

  it('counts 17 May on a Sunday as the Sunday it is, and 17 May on a Monday as a day off', () => {
    // Friday 14 May 2027, 09:00 in Oslo; Monday 17 May is also Whit Monday.
    const friday = new Date('2027-05-14T07:00:00Z');
    expect(
      reminderPlan({
        waitingSince: friday,
        now: friday,
        config: { remindAfterWorkingDays: 1 },
      }).nextReminderAt,
    ).toEqual(new Date('2027-05-18T07:00:00Z'));
    // Friday 15 May 2026; Sunday 17 May takes no working day away.
    const friday2026 = new Date('2026-05-15T07:00:00Z');
    expect(
      reminderPlan({
        waitingSince: friday2026,
        now: friday2026,
        config: { remindAfterWorkingDays: 1 },
      }).nextReminderAt,
    ).toEqual(new Date('2026-05-18T07:00:00Z'));
  });
});
