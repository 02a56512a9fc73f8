import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  approverRoleTitle,
  osloDate,
  reminderPlan,
  type ApproverRole,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { getTexts } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useEntityNames, useFormatters, useLanguage } from '../../hooks';

/** What the owner reads under a seat that waits. */
export interface SeatWaitingLines {
  waited: string;
  nextReminder?: string;
  escalation?: string;
}

/**
 * For each pending seat of an open round: how long it has waited in working
 * days, when its holder is reminded next and when (and to whom) it is
 * escalated, by the same rule the backend sends them by. The page does not
 * know what was sent, so it takes each reminder as sent when it was due.
 */
export function useSeatReminders(
  round: Round,
  roles: ApproverRole[],
  now: Date,
): Map<string, SeatWaitingLines> {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { date } = useFormatters();
  const language = useLanguage();
  const waiting =
    round.status === 'open'
      ? round.seats.filter(seat => seat.status === 'pending')
      : [];
  const configOf = (role: string) => roles.find(r => r.id === role);

  // The groups the escalations name, by name rather than by ref.
  const groups = waiting.flatMap(seat => {
    const target = configOf(seat.role)?.reminders?.escalateTo;
    if (target?.group) return [target.group];
    if (target?.parentGroup) return [seat.approver];
    return [];
  });
  const { names } = useEntityNames(groups);
  const nameOf = (ref: string) =>
    names?.get(ref) ?? ref.replace(/^[^:]*:(default\/)?/, '');

  const lines = new Map<string, SeatWaitingLines>();
  for (const seat of waiting) {
    const role = configOf(seat.role);
    if (!role?.reminders) continue;
    const plan = reminderPlan({
      waitingSince: new Date(round.submittedAt),
      now,
      config: role.reminders,
    });
    const day = (at: Date) => date(osloDate(at));
    const target = role.reminders.escalateTo;
    let escalation: string | undefined;
    if (plan.escalationAt && target) {
      let targetName: string;
      if (target.group) {
        targetName = nameOf(target.group);
      } else if (target.parentGroup) {
        targetName = t('handover.escalationParentGroup', {
          group: nameOf(seat.approver),
        });
      } else {
        targetName = fieldOwner(target.field ?? '', roles, language);
      }
      escalation = t(
        plan.escalationAt > now
          ? 'handover.escalatesTo'
          : 'handover.escalatedTo',
        { target: targetName, date: day(plan.escalationAt) },
      );
    }
    lines.set(seat.role, {
      waited:
        plan.waitedWorkingDays === 0
          ? t('handover.seatWaitingToday')
          : t('handover.seatWaiting', { count: plan.waitedWorkingDays }),
      ...(plan.nextReminderAt
        ? {
            nextReminder: t('handover.nextReminder', {
              date: day(plan.nextReminderAt),
            }),
          }
        : {}),
      ...(escalation ? { escalation } : {}),
    });
  }
  return lines;
}

/**
 * Who a form field names, said as the role that field seats (`Seksjonsleder
 * tjenesten`), or as the field's label when no role is seated by it.
 */
function fieldOwner(
  path: string,
  roles: ApproverRole[],
  language: string,
): string {
  const role = roles.find(r => r.field === path);
  if (role) return approverRoleTitle(role, language);
  const fields: Record<string, { title?: string } | undefined> = getTexts(
    language === 'en' ? 'en' : 'nb',
  ).fields;
  return fields[path]?.title ?? path;
}
