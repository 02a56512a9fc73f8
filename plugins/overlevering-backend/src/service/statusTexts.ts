import type { HandoverStatus } from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';

/**
 * Each status as the portal shows it ("Mine overleveringer"), for text the
 * backend writes for people: the search index.
 *
 * @internal
 */
export const STATUS_TEXTS: Readonly<
  Record<Locale, Readonly<Record<HandoverStatus, string>>>
> = {
  nb: {
    draft: 'Utkast',
    in_review: 'Til godkjenning',
    rejected: 'Avslått — må rettes',
    approved: 'Godkjent',
    discarded: 'Forkastet',
  },
  en: {
    draft: 'Draft',
    in_review: 'In review',
    rejected: 'Rejected — needs changes',
    approved: 'Approved',
    discarded: 'Discarded',
  },
};

/** The phase of an approved handover after approval, as the portal shows it. */
const PHASE_TEXTS: Readonly<
  Record<Locale, Readonly<Record<'follow_up' | 'handed_over', string>>>
> = {
  nb: {
    follow_up: 'Godkjent – i driftsoppfølging',
    handed_over: 'Overlevert til drift',
  },
  en: {
    follow_up: 'Approved – in follow-up',
    handed_over: 'Handed over to operations',
  },
};

/**
 * A handover's status as people read it; an approved one with a follow-up
 * by its phase ("Overlevert til drift").
 *
 * @internal
 */
export function statusText(
  language: Locale,
  status: HandoverStatus,
  phase?: 'follow_up' | 'handed_over',
): string {
  return status === 'approved' && phase
    ? PHASE_TEXTS[language][phase]
    : STATUS_TEXTS[language][status];
}
