import { ConfigReader } from '@backstage/config';
import { readOverleveringConfig } from './config';

const read = (overlevering: object) =>
  readOverleveringConfig(new ConfigReader({ overlevering }));
const remindersOf = (overlevering: object) =>
  Object.fromEntries(
    read(overlevering).approverRoles.map(role => [role.id, role.reminders]),
  );

describe('overlevering.reminders', () => {
  it('reminds nobody when not configured, and looks every 15 minutes when it does', () => {
    const config = read({});
    expect(config.approverRoles.every(role => !role.reminders)).toBe(true);
    expect(config.reminderSchedule.frequencyMs).toBe(15 * 60 * 1000);
  });

  it('gives every role the global reminders, each role its own on top', () => {
    const reminders = remindersOf({
      reminders: {
        remindAfterWorkingDays: 2,
        repeatEveryWorkingDays: 3,
        escalateAfterWorkingDays: 5,
        escalateTo: { field: 'designfase.seksjonsleder' },
        frequency: '1 minute',
      },
      approverRoles: [
        {
          id: 'hemithjelp',
          title: 'Hemithjelp',
          kind: 'fixed',
          group: 'group:default/hemithjelp',
          reminders: {
            remindAfterWorkingDays: 1,
            escalateTo: { parentGroup: true },
          },
        },
        {
          id: 'server',
          title: 'Server',
          kind: 'optional',
          group: 'server',
          reminders: { enabled: false },
        },
        {
          id: 'seksjonsleder',
          title: 'Seksjonsleder',
          kind: 'fixed',
          field: 'designfase.seksjonsleder',
          reminders: { escalateTo: { group: 'avdelingsledere' } },
        },
      ],
    });
    expect(reminders).toEqual({
      hemithjelp: {
        remindAfterWorkingDays: 1,
        repeatEveryWorkingDays: 3,
        escalateAfterWorkingDays: 5,
        escalateTo: { parentGroup: true },
      },
      server: undefined,
      seksjonsleder: {
        remindAfterWorkingDays: 2,
        repeatEveryWorkingDays: 3,
        escalateAfterWorkingDays: 5,
        escalateTo: { group: 'group:default/avdelingsledere' },
      },
    });
  });

  it('reminds a seat held by a person but does not escalate it to a parent group it has not', () => {
    const reminders = remindersOf({
      reminders: {
        remindAfterWorkingDays: 2,
        escalateAfterWorkingDays: 5,
        escalateTo: { parentGroup: true },
      },
    });
    expect(reminders.hemithjelp).toMatchObject({
      escalateTo: { parentGroup: true },
    });
    expect(reminders.tjenesteutvikler).toEqual({ remindAfterWorkingDays: 2 });
  });

  it('reads the frequency as a duration', () => {
    expect(
      read({
        reminders: { remindAfterWorkingDays: 0, frequency: { minutes: 1 } },
      }).reminderSchedule.frequencyMs,
    ).toBe(60_000);
  });

  it.each([
    [
      { reminders: { repeatEveryWorkingDays: 2 } },
      /remindAfterWorkingDays: say after how many/,
    ],
    [
      { reminders: { remindAfterWorkingDays: 1.5 } },
      /whole number of working days of at least 0, got 1.5/,
    ],
    [
      { reminders: { remindAfterWorkingDays: 1, repeatEveryWorkingDays: 0 } },
      /repeatEveryWorkingDays: must be a whole number of working days of at least 1/,
    ],
    [
      { reminders: { remindAfterWorkingDays: 1, escalateAfterWorkingDays: 3 } },
      /needs both escalateAfterWorkingDays and escalateTo/,
    ],
    [
      {
        reminders: {
          remindAfterWorkingDays: 1,
          escalateAfterWorkingDays: 3,
          escalateTo: { field: 'designfase.sjefen' },
        },
      },
      /the form has no field 'designfase.sjefen'/,
    ],
    [
      {
        reminders: {
          remindAfterWorkingDays: 1,
          escalateAfterWorkingDays: 3,
          escalateTo: { field: 'a', group: 'b' },
        },
      },
      /must be exactly one of/,
    ],
    [
      {
        reminders: {
          remindAfterWorkingDays: 1,
          escalateAfterWorkingDays: 3,
          escalateTo: { group: 'user:default/siri' },
        },
      },
      /must be a group entity ref/,
    ],
    [
      {
        reminders: {
          remindAfterWorkingDays: 1,
          escalateAfterWorkingDays: 3,
          escalateTo: { parentGroup: false },
        },
      },
      /parentGroup: must be true/,
    ],
    [
      { reminders: { remindAfterWorkingDays: 1, frequency: '0 seconds' } },
      /frequency: must be a duration of at least a second/,
    ],
    [
      {
        approverRoles: [
          {
            id: 'server',
            title: 'Server',
            kind: 'fixed',
            group: 'server',
            reminders: { repeatEveryWorkingDays: 2 },
          },
        ],
      },
      /approverRoles\[server\]\.reminders\.remindAfterWorkingDays: role 'server' has reminders but no overlevering.reminders/,
    ],
  ])('stops the backend at startup on %j', (overlevering, message) => {
    expect(() => read(overlevering)).toThrow(message);
  });
});
