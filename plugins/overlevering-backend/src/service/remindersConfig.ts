import { readDurationFromConfig, type Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { durationToMilliseconds } from '@backstage/types';
import type {
  ApproverRole,
  EscalationTarget,
  ReminderConfig,
} from '@hemit/plugin-overlevering-common';
import { isKnownPath } from '@hemit/overlevering-form-schema';

/** How often the backend looks for seats to remind. @internal */
export interface ReminderSchedule {
  /** Milliseconds between two looks; the same on every replica. */
  frequencyMs: number;
}

/** Fifteen minutes: a reminder goes out within a quarter of an hour of being due. */
const DEFAULT_FREQUENCY_MS = 15 * 60 * 1000;

/**
 * The parts of `overlevering.reminders` a role may override in
 * `overlevering.approverRoles[].reminders`; `enabled: false` turns reminders
 * off for that role.
 */
interface ReminderOverride extends Partial<ReminderConfig> {
  enabled?: boolean;
}

/**
 * Reads `overlevering.reminders` and each role's `reminders` and gives every
 * role the reminders that apply to it (`role.reminders`), the global ones
 * with the role's own on top. A mistake stops the backend at startup. With
 * neither configured, nobody is reminded.
 *
 * @internal
 */
export function applyReminderConfig(
  block: Config | undefined,
  roles: ApproverRole[],
): { approverRoles: ApproverRole[]; reminderSchedule: ReminderSchedule } {
  const globalBlock = block?.getOptionalConfig('reminders');
  const global = globalBlock
    ? readReminderFields(globalBlock, 'overlevering.reminders')
    : undefined;
  if (global && global.remindAfterWorkingDays === undefined) {
    throw new Error(
      `overlevering.reminders.remindAfterWorkingDays: say after how many working days a pending seat is first reminded, such as 2`,
    );
  }
  const overrides = new Map<string, ReminderOverride>();
  for (const roleConfig of block?.getOptionalConfigArray('approverRoles') ??
    []) {
    const own = roleConfig.getOptionalConfig('reminders');
    if (own) {
      const id = roleConfig.getString('id');
      const where = `overlevering.approverRoles[${id}].reminders`;
      overrides.set(id, {
        ...readReminderFields(own, where),
        ...(own.has('enabled') ? { enabled: own.getBoolean('enabled') } : {}),
      });
    }
  }

  const approverRoles = roles.map(role => {
    const override = overrides.get(role.id);
    const where = override
      ? `overlevering.approverRoles[${role.id}].reminders`
      : 'overlevering.reminders';
    if (override?.enabled === false || (!global && !override)) {
      return role;
    }
    const { enabled: _enabled, ...own } = override ?? {};
    const merged: Partial<ReminderConfig> = { ...global, ...own };
    if (merged.remindAfterWorkingDays === undefined) {
      throw new Error(
        `${where}.remindAfterWorkingDays: role '${role.id}' has reminders but no overlevering.reminders to take the days from; say after how many working days its seats are first reminded`,
      );
    }
    const reminders = escalationFor(role, merged as ReminderConfig, where);
    return { ...role, reminders };
  });

  const frequencyMs = globalBlock?.has('frequency')
    ? durationToMilliseconds(
        readDurationFromConfig(globalBlock, { key: 'frequency' }),
      )
    : DEFAULT_FREQUENCY_MS;
  if (!(frequencyMs >= 1000)) {
    throw new Error(
      `overlevering.reminders.frequency: must be a duration of at least a second, such as '15 minutes'`,
    );
  }
  return { approverRoles, reminderSchedule: { frequencyMs } };
}

/**
 * The escalation of a role, checked: both the days and the target, or
 * neither. A person's seat has no group to take the parent of; such a role
 * is reminded but not escalated unless it names its own target.
 */
function escalationFor(
  role: ApproverRole,
  config: ReminderConfig,
  where: string,
): ReminderConfig {
  const { escalateTo, escalateAfterWorkingDays } = config;
  if ((escalateTo === undefined) !== (escalateAfterWorkingDays === undefined)) {
    throw new Error(
      `${where}: role '${role.id}' needs both escalateAfterWorkingDays and escalateTo to escalate, or neither`,
    );
  }
  if (escalateTo?.parentGroup && !role.group) {
    const {
      escalateTo: _to,
      escalateAfterWorkingDays: _after,
      ...remindOnly
    } = config;
    return remindOnly;
  }
  return config;
}

function readReminderFields(
  config: Config,
  where: string,
): Partial<ReminderConfig> {
  const days = (key: string, least: number): number | undefined => {
    const value = config.getOptionalNumber(key);
    if (value !== undefined && (!Number.isInteger(value) || value < least)) {
      throw new Error(
        `${where}.${key}: must be a whole number of working days of at least ${least}, got ${value}`,
      );
    }
    return value;
  };
  const remindAfterWorkingDays = days('remindAfterWorkingDays', 0);
  const repeatEveryWorkingDays = days('repeatEveryWorkingDays', 1);
  const escalateAfterWorkingDays = days('escalateAfterWorkingDays', 0);
  const target = config.getOptionalConfig('escalateTo');
  const escalateTo = target
    ? readTarget(target, `${where}.escalateTo`)
    : undefined;
  return {
    ...(remindAfterWorkingDays !== undefined ? { remindAfterWorkingDays } : {}),
    ...(repeatEveryWorkingDays !== undefined ? { repeatEveryWorkingDays } : {}),
    ...(escalateAfterWorkingDays !== undefined
      ? { escalateAfterWorkingDays }
      : {}),
    ...(escalateTo ? { escalateTo } : {}),
  };
}

function readTarget(config: Config, where: string): EscalationTarget {
  const keys = config.keys();
  if (
    keys.length !== 1 ||
    !['field', 'group', 'parentGroup'].includes(keys[0])
  ) {
    throw new Error(
      `${where}: must be exactly one of { field: designfase.seksjonsleder }, { group: group:default/name } or { parentGroup: true }, got ${JSON.stringify(
        config.get(),
      )}`,
    );
  }
  if (keys[0] === 'field') {
    const field = config.getString('field');
    if (!isKnownPath(field)) {
      throw new Error(
        `${where}.field: the form has no field '${field}'; name a field that holds a person, such as 'designfase.seksjonsleder'`,
      );
    }
    return { field };
  }
  if (keys[0] === 'group') {
    const ref = config.getString('group');
    try {
      const parsed = parseEntityRef(ref, { defaultKind: 'group' });
      if (parsed.kind.toLocaleLowerCase('en-US') !== 'group') {
        throw new Error('not a group');
      }
      return { group: stringifyEntityRef(parsed) };
    } catch {
      throw new Error(
        `${where}.group: must be a group entity ref such as 'group:default/seksjonsledere', got '${ref}'`,
      );
    }
  }
  if (config.getBoolean('parentGroup') !== true) {
    throw new Error(
      `${where}.parentGroup: must be true; leave escalateTo out to not escalate`,
    );
  }
  return { parentGroup: true };
}
