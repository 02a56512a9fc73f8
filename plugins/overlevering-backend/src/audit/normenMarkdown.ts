import { escapeMarkdown, type Locale } from '@hemit/overlevering-form-schema';
import {
  approverRoleTitle,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import { decisionRecordTexts, recordTime } from './decisionRecordTexts';
import { formAnswerMarkdown } from './formAnswerMarkdown';
import type { NormenPrecondition } from './normenPreconditions';
import { normenTexts } from './normenTexts';
import { seatDecider } from './seatDecider';

/**
 * The section after the decision record that lays the handover beside
 * Normen's fact sheet 20b, in the reader's language: per precondition the
 * form's questions that bear on it with their answers as given ("not
 * answered" where there is none), and for "approved" each standing approval
 * with who gave it, for which group, and when.
 */
export function normenMarkdown(
  preconditions: readonly NormenPrecondition[],
  options: {
    locale: Locale;
    /** Whether the decision record the approvals come from verifies. */
    verified: boolean;
    /** The configured roles: their titles, and the order of the seats. */
    roles: readonly ApproverRole[];
    /** A person's, group's or service's name as the catalog gives it. */
    name: (ref: string) => string;
  },
): string {
  const texts = normenTexts(options.locale);
  const recordTexts = decisionRecordTexts(options.locale);
  const { roles } = options;
  const place = (id: string) => {
    const index = roles.findIndex(r => r.id === id);
    return index < 0 ? roles.length : index;
  };
  const roleTitle = (id: string) => {
    const role = roles.find(r => r.id === id);
    return role ? approverRoleTitle(role, options.locale) : id;
  };
  const lines = [`## ${texts.heading}`, '', texts.intro];
  for (const precondition of preconditions) {
    lines.push('', `### ${texts.precondition[precondition.id]}`, '');
    const indirect = texts.indirect[precondition.id];
    if (indirect) lines.push(indirect, '');
    if (precondition.id !== 'approved') {
      for (const answer of precondition.answers) {
        lines.push(
          ...formAnswerMarkdown(answer, {
            locale: options.locale,
            name: options.name,
            notAnswered: texts.notAnswered,
          }),
        );
      }
      continue;
    }
    const approvals = [...(precondition.approvals ?? [])].sort(
      (a, b) => place(a.seat.role) - place(b.seat.role),
    );
    if (!options.verified) lines.push(texts.recordNotVerified, '');
    if (approvals.length === 0) {
      lines.push(texts.noApprovals);
      continue;
    }
    lines.push(
      precondition.coverage === 'answered'
        ? texts.approvedByAll({
            count: approvals.length,
            at: precondition.approvedAt
              ? recordTime(recordTexts, precondition.approvedAt)
              : undefined,
          })
        : texts.approvedBySome({
            approved: approvals.length,
            roles: precondition.roles ?? approvals.length,
          }),
      '',
      ...approvals.map(({ seat }) => {
        const by = seatDecider(seat, {
          texts: recordTexts,
          name: options.name,
          escape: escapeMarkdown,
        });
        const at = seat.decidedAt
          ? `, ${recordTime(recordTexts, seat.decidedAt)}`
          : '';
        return `- **${escapeMarkdown(roleTitle(seat.role))}:** ${by}${at}`;
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
