import type { Locale } from '@hemit/overlevering-form-schema';
import type { ReminderMessage } from './reminderTexts';

/** The text of a reminder of an overdue condition, in one language. @internal */
export interface ConditionReminderTexts {
  untitled: string;
  /** To whoever follows a condition up: it is past its due date. */
  overdue(p: { title: string; text: string; due: string }): ReminderMessage;
}

const nb: ConditionReminderTexts = {
  untitled: 'Uten tittel',
  overdue: p => ({
    title: `Forbehold over fristen: ${p.title}`,
    description: `Forbeholdet «${
      p.text
    }» skulle vært fulgt opp innen ${norwegianDate(
      p.due,
    )}. Lukk det med en kommentar når det er gjort.`,
  }),
};

const en: ConditionReminderTexts = {
  untitled: 'Untitled',
  overdue: p => ({
    title: `Condition overdue: ${p.title}`,
    description: `The condition "${p.text}" was due by ${p.due}. Close it with a comment once it is done.`,
  }),
};

/** `2026-12-24` as Norwegians write it, `24.12.2026`. */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** @internal */
export function conditionReminderTexts(
  language: Locale,
): ConditionReminderTexts {
  return language === 'en' ? en : nb;
}
