import type { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_APPROVER_ROLES,
  DEFAULT_SERVICE_KINDS,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import {
  assertKnownPaths,
  extendForm,
  isKnownPath,
  type ExtraFieldsConfig,
  type FormExtension,
} from '@hemit/overlevering-form-schema';
import { readUsageLimits, type UsageLimitsConfig } from './limitsConfig';
import { applyReminderConfig, type ReminderSchedule } from './remindersConfig';

/** The `overlevering` config block, read once at startup. @internal */
export interface OverleveringConfig {
  /** The configured paths, then the extra fields marked `requiredOnSubmit`. */
  requiredOnSubmit: string[];
  approverRoles: ApproverRole[];
  /** False when the portal runs on the default roles, which name groups it may not have. */
  approverRolesConfigured: boolean;
  /** A platform team's extra fields, as configured: the frontend builds the same form from them. */
  extraFields: ExtraFieldsConfig;
  /** The extra fields, checked, for validation and export. */
  formExtension: FormExtension;
  allowSelfApproval: boolean;
  /** How many days after the planned go-live date the follow-up after approval lasts. */
  followUpDays: number;
  maxPageSize: number;
  /** The language of what the backend writes for people outside a request. */
  language: 'nb' | 'en';
  /** Where the app mounts the plugin's pages, for links in notifications. */
  frontendPath: string;
  /** How often one person may save and create handovers. */
  limits: UsageLimitsConfig;
  /** The catalog kinds a handover can be for. */
  serviceKinds: string[];
  /** How often the backend looks for pending seats to remind. */
  reminderSchedule: ReminderSchedule;
}

/**
 * Reads and checks the config. A mistake here (an unknown path, a role with
 * neither group nor field, a duplicate id, a part of the form a role vouches
 * for that the form does not have) stops the backend at startup
 * rather than refusing submits later.
 *
 * @internal
 */
export function readOverleveringConfig(config: Config): OverleveringConfig {
  const block = config.getOptionalConfig('overlevering');
  const configuredRequired =
    block?.getOptionalStringArray('form.requiredOnSubmit') ?? [];
  assertKnownPaths(configuredRequired);
  const extraFields = (block?.getOptional('form.extraFields') ??
    {}) as ExtraFieldsConfig;
  const formExtension = readFormExtension(extraFields);
  const requiredOnSubmit = [
    ...configuredRequired,
    ...formExtension.requiredOnSubmit,
  ];

  const roleConfigs = block?.getOptionalConfigArray('approverRoles');
  const approverRoles: ApproverRole[] = roleConfigs
    ? roleConfigs.map(c => {
        const kind = c.getString('kind');
        if (kind !== 'fixed' && kind !== 'optional') {
          throw new Error(
            `overlevering.approverRoles: kind must be 'fixed' or 'optional', got '${kind}'`,
          );
        }
        const group = c.getOptionalString('group');
        const field = c.getOptionalString('field');
        const titleEn = c.getOptionalString('titleEn');
        const vouchesFor = c.getOptionalStringArray('vouchesFor');
        const guidance = c.getOptionalString('guidance');
        const guidanceEn = c.getOptionalString('guidanceEn');
        return {
          id: c.getString('id'),
          title: c.getString('title'),
          ...(titleEn ? { titleEn } : {}),
          kind,
          ...(group
            ? {
                group: stringifyEntityRef(
                  parseEntityRef(group, { defaultKind: 'group' }),
                ),
              }
            : {}),
          ...(field ? { field } : {}),
          ...(vouchesFor ? { vouchesFor } : {}),
          ...(guidance ? { guidance } : {}),
          ...(guidanceEn ? { guidanceEn } : {}),
        };
      })
    : [...DEFAULT_APPROVER_ROLES];

  const ids = new Set<string>();
  for (const role of approverRoles) {
    if (ids.has(role.id)) {
      throw new Error(`overlevering.approverRoles: duplicate id '${role.id}'`);
    }
    ids.add(role.id);
    if (!role.group === !role.field) {
      throw new Error(
        `overlevering.approverRoles: role '${role.id}' needs exactly one of group or field`,
      );
    }
  }
  for (const role of approverRoles) {
    if (role.field && !isKnownPath(role.field)) {
      throw new Error(
        `overlevering.approverRoles: role '${role.id}' names the unknown form field '${role.field}'`,
      );
    }
    const unknown = (role.vouchesFor ?? []).filter(path => !isKnownPath(path));
    if (unknown.length > 0) {
      const named = unknown.map(path => `'${path}'`).join(', ');
      throw new Error(
        `overlevering.approverRoles: role '${role.id}' vouches for ${named}, which the form does not have. Name a section such as 'etablering' or a field such as 'etablering.servere'.`,
      );
    }
  }

  const reminders = applyReminderConfig(block, approverRoles);

  return {
    requiredOnSubmit,
    extraFields,
    formExtension,
    approverRoles: reminders.approverRoles,
    approverRolesConfigured: roleConfigs !== undefined,
    reminderSchedule: reminders.reminderSchedule,
    allowSelfApproval: block?.getOptionalBoolean('allowSelfApproval') ?? true,
    followUpDays: readFollowUpDays(block?.getOptionalNumber('followUp.days')),
    maxPageSize: block?.getOptionalNumber('maxPageSize') ?? 100,
    language: readLanguage(block?.getOptionalString('language')),
    frontendPath: readFrontendPath(block?.getOptionalString('frontendPath')),
    limits: readUsageLimits(block?.getOptionalConfig('limits')),
    serviceKinds: readServiceKinds(
      block?.getOptionalStringArray('serviceKinds'),
    ),
  };
}

function readFormExtension(extraFields: ExtraFieldsConfig): FormExtension {
  try {
    return extendForm(extraFields);
  } catch (error) {
    throw new Error(`overlevering.form.${(error as Error).message}`);
  }
}

function readServiceKinds(value: string[] | undefined): string[] {
  const kinds = value ?? [...DEFAULT_SERVICE_KINDS];
  if (
    kinds.length === 0 ||
    kinds.some(kind => !/^[A-Za-z][\w-]*$/.test(kind))
  ) {
    throw new Error(
      `overlevering.serviceKinds: must name one or more catalog kinds, such as [Component, System], got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return kinds;
}

function readLanguage(value: string | undefined): 'nb' | 'en' {
  if (value === undefined || value === 'nb' || value === 'en') {
    return value ?? 'nb';
  }
  throw new Error(
    `overlevering.language: must be 'nb' (bokmål) or 'en' (English), got '${value}'`,
  );
}

function readFrontendPath(value: string | undefined): string {
  const path = value ?? '/overlevering';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(path) || path.includes('//')) {
    throw new Error(
      `overlevering.frontendPath: must be the path where the app mounts the plugin, such as '/overlevering', got '${path}'`,
    );
  }
  return path.replace(/\/$/, '');
}

/** The follow-up after approval lasts whole days, at least one; default 30. */
function readFollowUpDays(days: number | undefined): number {
  if (days === undefined) {
    return DEFAULT_FOLLOW_UP_DAYS;
  }
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `overlevering.followUp.days must be a whole number of days, at least 1; got ${days}`,
    );
  }
  return days;
}
