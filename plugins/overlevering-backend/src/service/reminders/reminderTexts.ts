import type { Locale } from '@hemit/overlevering-form-schema';

/** The title and description of a reminder or an escalation. @internal */
export interface ReminderMessage {
  title: string;
  description: string;
}

/** The texts of the reminders and escalations, in one language. @internal */
export interface ReminderTexts {
  untitled: string;
  /** To the seat holder: the seat still waits for their answer. */
  reminder(p: {
    title: string;
    round: number;
    role: string;
    days: number;
  }): ReminderMessage;
  /** To the person or group a seat that waits too long is escalated to. */
  escalation(p: {
    title: string;
    round: number;
    role: string;
    days: number;
  }): ReminderMessage;
}

const nb: ReminderTexts = {
  untitled: 'Uten tittel',
  reminder: p => ({
    title: `Påminnelse: ${p.title} venter på ditt svar`,
    description: `Godkjenningsrunde ${p.round} har ventet på svar fra ${
      p.role
    } i ${workingDaysNb(p.days)}.`,
  }),
  escalation: p => ({
    title: `Eskalert: ${p.title} venter på ${p.role}`,
    description: `Godkjenningsrunde ${p.round} har ventet på svar fra ${
      p.role
    } i ${workingDaysNb(
      p.days,
    )}. Du får beskjed fordi godkjenningen er eskalert til deg; sørg for at noen svarer.`,
  }),
};

const en: ReminderTexts = {
  untitled: 'Untitled',
  reminder: p => ({
    title: `Reminder: ${p.title} awaits your answer`,
    description: `Approval round ${p.round} has waited for an answer from ${
      p.role
    } for ${workingDaysEn(p.days)}.`,
  }),
  escalation: p => ({
    title: `Escalated: ${p.title} awaits ${p.role}`,
    description: `Approval round ${p.round} has waited for an answer from ${
      p.role
    } for ${workingDaysEn(
      p.days,
    )}. You are told because the approval has been escalated to you; please see that someone answers.`,
  }),
};

function workingDaysNb(days: number): string {
  return days === 1 ? '1 arbeidsdag' : `${days} arbeidsdager`;
}

function workingDaysEn(days: number): string {
  return days === 1 ? '1 working day' : `${days} working days`;
}

/** @internal */
export function reminderTexts(language: Locale): ReminderTexts {
  return language === 'en' ? en : nb;
}
