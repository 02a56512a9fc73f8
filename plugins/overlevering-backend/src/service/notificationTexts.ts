import type { Locale } from '@hemit/overlevering-form-schema';

/** The title and description of each notification the plugin sends. @internal */
export interface NotificationTexts {
  untitled: string;
  roundOpened(p: { title: string; round: number; role: string }): Message;
  /** To the deputy of an absent seat holder when a round opens. */
  roundOpenedForDeputy(p: {
    title: string;
    round: number;
    role: string;
    person: string;
  }): Message;
  roundWithdrawn(p: { title: string; round: number }): Message;
  ownerChanged(p: { title: string; from: string }): Message;
  roundApproved(p: { title: string; round: number }): Message;
  roundRejected(p: {
    title: string;
    round: number;
    rejections: number;
  }): Message;
  seatRejected(p: { title: string; role: string; comment: string }): Message;
  /** To the owner: Hemithjelp closed the follow-up as handed over. */
  handedOver(p: { title: string }): Message;
  /** To the owner and Hemithjelp: the follow-up period is over. */
  followUpEnded(p: { title: string; endsOn: string }): Message;
  /** A condition of an approval "med forbehold", to whoever follows it up. */
  /** To the owner and the approver who set it: a condition was closed. */
  conditionClosed(p: {
    title: string;
    role: string;
    text: string;
    closedBy: string;
    comment: string;
  }): Message;
  conditionSet(p: {
    title: string;
    role: string;
    text: string;
    due: string;
  }): Message;
}

interface Message {
  title: string;
  description: string;
}

const nb: NotificationTexts = {
  untitled: 'Uten tittel',
  roundOpened: p => ({
    title: `Overlevering til godkjenning: ${p.title}`,
    description: `Godkjenningsrunde ${p.round} venter på ditt svar som ${p.role}.`,
  }),
  roundOpenedForDeputy: p => ({
    title: `Overlevering til godkjenning: ${p.title}`,
    description: `Godkjenningsrunde ${p.round} venter på svar fra ${p.person} som ${p.role}. Du er stedfortreder og kan svare på vegne av ${p.person}.`,
  }),
  roundWithdrawn: p => ({
    title: `Overlevering trukket: ${p.title}`,
    description: `Godkjenningsrunde ${p.round} ble trukket tilbake.`,
  }),
  ownerChanged: p => ({
    title: `Du er nå leveranseansvarlig: ${p.title}`,
    description: `Overleveringen ble overført til deg fra ${p.from}.`,
  }),
  roundApproved: p => ({
    title: `Overlevering godkjent: ${p.title}`,
    description: `Alle godkjennere har godkjent i runde ${p.round}.`,
  }),
  roundRejected: p => ({
    title: `Overlevering avslått: ${p.title}`,
    description: `Runde ${p.round} er avsluttet med ${p.rejections} avslag. Rett opp og send til godkjenning på nytt.`,
  }),
  seatRejected: p => ({
    title: `Avslag fra ${p.role}: ${p.title}`,
    description: p.comment,
  }),
  handedOver: p => ({
    title: `Overlevert til drift: ${p.title}`,
    description:
      'Hemithjelp har avsluttet oppfølgingen etter godkjenning, og tjenesten er overlevert til drift.',
  }),
  followUpEnded: p => ({
    title: `Oppfølgingen er over: ${p.title}`,
    description: `Oppfølgingen etter godkjenning gikk ut ${norwegianDate(
      p.endsOn,
    )}. Leveranseansvarlig og Hemithjelp bekrefter; Hemithjelp overleverer til drift eller forlenger med en begrunnelse.`,
  }),
  conditionSet: p => ({
    title: `Forbehold til oppfølging: ${p.title}`,
    description: `${
      p.role
    } godkjente med forbehold, og du følger opp innen ${norwegianDate(
      p.due,
    )}: ${p.text}`,
  }),
  conditionClosed: p => ({
    title: `Forbehold lukket: ${p.title}`,
    description: `${p.closedBy} lukket forbeholdet fra ${p.role} «${p.text}»: ${p.comment}`,
  }),
};

const en: NotificationTexts = {
  untitled: 'Untitled',
  roundOpened: p => ({
    title: `Handover for approval: ${p.title}`,
    description: `Approval round ${p.round} awaits your answer as ${p.role}.`,
  }),
  roundOpenedForDeputy: p => ({
    title: `Handover for approval: ${p.title}`,
    description: `Approval round ${p.round} awaits an answer from ${p.person} as ${p.role}. You are their deputy and can answer on their behalf.`,
  }),
  roundWithdrawn: p => ({
    title: `Handover withdrawn: ${p.title}`,
    description: `Approval round ${p.round} was withdrawn.`,
  }),
  ownerChanged: p => ({
    title: `You are now the delivery owner: ${p.title}`,
    description: `${p.from} handed the handover over to you.`,
  }),
  roundApproved: p => ({
    title: `Handover approved: ${p.title}`,
    description: `Every approver approved in round ${p.round}.`,
  }),
  roundRejected: p => ({
    title: `Handover rejected: ${p.title}`,
    description: `Round ${p.round} closed with ${p.rejections} ${
      p.rejections === 1 ? 'rejection' : 'rejections'
    }. Correct it and send it for approval again.`,
  }),
  seatRejected: p => ({
    title: `Rejected by ${p.role}: ${p.title}`,
    description: p.comment,
  }),
  handedOver: p => ({
    title: `Handed over to operations: ${p.title}`,
    description:
      'Hemithjelp closed the follow-up after approval, and the service is handed over to operations.',
  }),
  followUpEnded: p => ({
    title: `Follow-up ended: ${p.title}`,
    description: `The follow-up after approval ended on ${p.endsOn}. The delivery owner and Hemithjelp confirm; Hemithjelp hands it over to operations or extends it with a reason.`,
  }),
  conditionSet: p => ({
    title: `Condition to follow up: ${p.title}`,
    description: `${p.role} approved with conditions, and you follow up by ${p.due}: ${p.text}`,
  }),
  conditionClosed: p => ({
    title: `Condition closed: ${p.title}`,
    description: `${p.closedBy} closed the condition of ${p.role} “${p.text}”: ${p.comment}`,
  }),
};

/** `2026-12-24` as Norwegians write it, `24.12.2026`. */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** @internal */
export function notificationTexts(language: Locale): NotificationTexts {
  return language === 'en' ? en : nb;
}
