import {
  escapeMarkdown,
  escapeTableCell,
  type Locale,
} from '@hemit/overlevering-form-schema';
import {
  approverRoleTitle,
  type ApproverRole,
  type DecisionRecord,
} from '@hemit/plugin-overlevering-common';
import { decisionRecordTexts, recordTime } from './decisionRecordTexts';
import { seatDecider } from './seatDecider';

/**
 * The decision record as the last part of a Markdown export, in the reader's
 * language: whether it verifies (and if not, where it breaks), the hash of
 * the latest history event to keep outside the portal, and per round who
 * sent which revision with which snapshot hash, and each seat's decision,
 * who made it (for a group's seat: on behalf of which group), when, the
 * comment and the snapshot hash it was made on.
 */
export function decisionRecordMarkdown(
  record: DecisionRecord,
  options: {
    locale: Locale;
    /** The configured roles: their titles, and the order of the seats. */
    roles: readonly ApproverRole[];
    /** A person's or group's name as the catalog gives it. */
    name: (ref: string) => string;
  },
): string {
  const texts = decisionRecordTexts(options.locale);
  const { roles } = options;
  const roleTitle = (id: string) => {
    const role = roles.find(r => r.id === id);
    return role ? approverRoleTitle(role, options.locale) : id;
  };
  // Configured roles first, in their order; any other after them.
  const place = (id: string) => {
    const index = roles.findIndex(r => r.id === id);
    return index < 0 ? roles.length : index;
  };
  const time = (iso: string) => recordTime(texts, iso);
  const lines = [`## ${texts.heading}`, ''];
  if (record.brokenLink) {
    const link = record.brokenLink;
    lines.push(
      texts.notVerified({
        where: texts.brokenLink(link, {
          at: link.at ? time(link.at) : undefined,
          role: link.role ? escapeMarkdown(roleTitle(link.role)) : '',
        }),
      }),
    );
  } else {
    lines.push(texts.verified);
  }
  if (record.chainHead) {
    lines.push(
      '',
      texts.chainHead({ hash: record.chainHead, events: record.events }),
    );
  }
  for (const round of record.rounds) {
    lines.push(
      '',
      `### ${texts.round({
        number: round.number,
        status: texts.roundStatus[round.status],
      })}`,
      '',
      texts.submitted({
        by: escapeMarkdown(options.name(round.submittedBy)),
        at: time(round.submittedAt),
        revision: round.revision,
      }),
    );
    if (round.snapshotHash) {
      lines.push('', texts.snapshot({ hash: round.snapshotHash }));
    }
    const { columns } = texts;
    lines.push(
      '',
      `| ${columns.role} | ${columns.decision} | ${columns.decidedBy} | ${columns.decidedAt} | ${columns.comment} | ${columns.decidedOn} |`,
      '| --- | --- | --- | --- | --- | --- |',
      ...[...round.seats]
        .sort((a, b) => place(a.role) - place(b.role))
        .map(seat => {
          const cells = [
            escapeTableCell(roleTitle(seat.role)),
            texts.seatStatus[seat.status],
            seatDecider(seat, {
              texts,
              name: options.name,
              escape: escapeTableCell,
            }),
            seat.decidedAt ? time(seat.decidedAt) : '',
            seat.comment ? escapeTableCell(seat.comment) : '',
            seat.snapshotHash ? `\`${seat.snapshotHash}\`` : '',
          ];
          return `| ${cells.join(' | ')} |`;
        }),
    );
  }
  return `${lines.join('\n')}\n`;
}
