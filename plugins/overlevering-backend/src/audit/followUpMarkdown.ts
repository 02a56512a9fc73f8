import { escapeMarkdown, type Locale } from '@hemit/overlevering-form-schema';
import type {
  Condition,
  ExitCriterionId,
  FollowUp,
} from '@hemit/plugin-overlevering-common';
import { decisionRecordTexts, recordTime } from './decisionRecordTexts';

const TEXTS = {
  nb: {
    heading: 'Driftsoppfølging',
    phase: {
      follow_up: 'I driftsoppfølging til og med',
      handed_over: 'Overlevert til drift',
    },
    by: 'av',
    criteria: 'Kriterier for å avslutte',
    met: 'oppfylt',
    notMet: 'ikke oppfylt',
    criterion: {
      servicedeskTrained: 'Servicedesk er lært opp',
      knowledgeArticlesPublished: 'Kunnskapsartiklene er publisert',
      noOpenCriticalErrors: 'Ingen åpne kritiske kjente feil',
      conditionsClosed: 'Alle forbehold er lukket',
    } satisfies Record<ExitCriterionId, string>,
    ownerConfirmed: 'Leveranseansvarlig bekreftet',
    hemithjelpConfirmed: 'Hemithjelp bekreftet',
    notConfirmed: 'ikke bekreftet',
    extended: 'Forlenget til',
    conditions: 'Forbehold',
    open: 'åpent',
    closed: 'lukket',
    followUp: 'følges opp av',
    due: 'frist',
  },
  en: {
    heading: 'Follow-up after approval',
    phase: {
      follow_up: 'In follow-up until',
      handed_over: 'Handed over to operations',
    },
    by: 'by',
    criteria: 'Exit criteria',
    met: 'met',
    notMet: 'not met',
    criterion: {
      servicedeskTrained: 'Service desk trained',
      knowledgeArticlesPublished: 'Knowledge articles published',
      noOpenCriticalErrors: 'No open critical known errors',
      conditionsClosed: 'Every condition closed',
    } satisfies Record<ExitCriterionId, string>,
    ownerConfirmed: 'Delivery owner confirmed',
    hemithjelpConfirmed: 'Hemithjelp confirmed',
    notConfirmed: 'not confirmed',
    extended: 'Extended to',
    conditions: 'Conditions',
    open: 'open',
    closed: 'closed',
    followUp: 'followed up by',
    due: 'due',
  },
};

/**
 * The section of an approved handover's export on what followed the
 * approval, in the reader's language: the conditions of approvals "med
 * forbehold" with who follows each up and whether it is closed, and the
 * follow-up ("Overlevert til drift") with its exit criteria, confirmations
 * and extensions.
 */
export function followUpMarkdown(
  followUp: FollowUp | undefined,
  conditions: readonly Condition[],
  options: { locale: Locale; name: (ref: string) => string },
): string {
  const words = TEXTS[options.locale === 'en' ? 'en' : 'nb'];
  const time = (iso: string) =>
    recordTime(decisionRecordTexts(options.locale), iso);
  const lines: string[] = [];
  if (conditions.length > 0) {
    lines.push(`## ${words.conditions}`, '');
    for (const c of conditions) {
      const state =
        c.status === 'closed'
          ? `${words.closed} ${words.by} ${escapeMarkdown(
              options.name(c.closedBy ?? ''),
            )} ${time(c.closedAt ?? c.setAt)}${
              c.closingComment ? `: ${escapeMarkdown(c.closingComment)}` : ''
            }`
          : words.open;
      lines.push(
        `- ${escapeMarkdown(c.text)} (${words.followUp} ${escapeMarkdown(
          options.name(c.followUp),
        )}, ${words.due} ${c.due}): ${state}`,
      );
    }
    lines.push('');
  }
  if (followUp) {
    lines.push(`## ${words.heading}`, '');
    lines.push(
      followUp.phase === 'handed_over'
        ? `**${words.phase.handed_over}** ${words.by} ${escapeMarkdown(
            options.name(followUp.handedOverBy ?? ''),
          )} ${time(followUp.handedOverAt ?? followUp.startedAt)}`
        : `**${words.phase.follow_up}** ${followUp.endsOn}`,
      '',
      `${words.criteria}:`,
      '',
    );
    for (const criterion of followUp.criteria) {
      lines.push(
        `- ${words.criterion[criterion.id]}: ${
          criterion.met ? words.met : words.notMet
        }`,
      );
    }
    lines.push('');
    const confirmed = (label: string, by?: string, at?: string) =>
      `- ${label}: ${
        by && at
          ? `${escapeMarkdown(options.name(by))} ${time(at)}`
          : words.notConfirmed
      }`;
    lines.push(
      confirmed(
        words.ownerConfirmed,
        followUp.ownerConfirmedBy,
        followUp.ownerConfirmedAt,
      ),
      confirmed(
        words.hemithjelpConfirmed,
        followUp.hemithjelpConfirmedBy,
        followUp.hemithjelpConfirmedAt,
      ),
    );
    for (const extension of followUp.extensions) {
      lines.push(
        `- ${words.extended} ${extension.until} ${words.by} ${escapeMarkdown(
          options.name(extension.by),
        )}: ${escapeMarkdown(extension.reason)}`,
      );
    }
  }
  return lines.join('\n').trimEnd();
}
