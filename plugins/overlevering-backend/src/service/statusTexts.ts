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
