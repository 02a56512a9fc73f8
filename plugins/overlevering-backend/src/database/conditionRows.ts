import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  Condition,
  ConditionInput,
} from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import { CONDITIONS } from './rows';

// The conditions of approvals "med forbehold" as the store keeps them. They
// are written and closed inside the transaction of the handover's change
// (the decision, or the closing, which moves the handover row first), so a
// refused decision leaves none behind.

export interface ConditionRow {
  id: string;
  handover_id: string;
  round: number;
  role: string;
  position: number;
  text: string;
  follow_up: string;
  due: string;
  status: 'open' | 'closed';
  set_by: string;
  set_at: string;
  closed_by: string | null;
  closed_at: string | null;
  closing_comment: string | null;
  reminders_sent?: number;
  last_reminded_at?: string | null;
}

export function toCondition(row: ConditionRow): Condition {
  return {
    id: row.id,
    round: Number(row.round),
    role: row.role,
    text: row.text,
    followUp: row.follow_up,
    due: row.due,
    status: row.status,
    setBy: row.set_by,
    setAt: row.set_at,
    ...(row.closed_by ? { closedBy: row.closed_by } : {}),
    ...(row.closed_at ? { closedAt: row.closed_at } : {}),
    ...(row.closing_comment ? { closingComment: row.closing_comment } : {}),
  };
}

/** Writes the conditions a decision sets; returns them as stored. */
export async function insertConditions(
  tx: Knex.Transaction,
  options: {
    handoverId: string;
    round: number;
    role: string;
    conditions: readonly ConditionInput[];
    actor: string;
    at: string;
  },
): Promise<Condition[]> {
  const rows: ConditionRow[] = options.conditions.map(
    (condition, position) => ({
      id: uuid(),
      handover_id: options.handoverId,
      round: options.round,
      role: options.role,
      position,
      text: condition.text,
      follow_up: condition.followUp,
      due: condition.due,
      status: 'open',
      set_by: options.actor,
      set_at: options.at,
      closed_by: null,
      closed_at: null,
      closing_comment: null,
    }),
  );
  if (rows.length > 0) {
    await tx(CONDITIONS).insert(rows);
  }
  return rows.map(toCondition);
}

/** The conditions of a handover, in the order they were set. */
export async function listConditions(
  db: Knex,
  handoverId: string,
): Promise<Condition[]> {
  const rows: ConditionRow[] = await db(CONDITIONS)
    .where({ handover_id: handoverId })
    .orderBy([
      { column: 'set_at', order: 'asc' },
      { column: 'round', order: 'asc' },
      { column: 'role', order: 'asc' },
      { column: 'position', order: 'asc' },
    ]);
  return rows.map(toCondition);
}

/**
 * Closes an open condition: compare-and-set on its status, so of two people
 * closing it at once one wins and the other hears it is closed already.
 */
export async function closeConditionRow(
  tx: Knex.Transaction,
  options: {
    handoverId: string;
    conditionId: string;
    comment: string;
    actor: string;
    at: string;
  },
): Promise<Condition> {
  const closed = await tx(CONDITIONS)
    .where({
      id: options.conditionId,
      handover_id: options.handoverId,
      status: 'open',
    })
    .update({
      status: 'closed',
      closed_by: options.actor,
      closed_at: options.at,
      closing_comment: options.comment,
    });
  const row: ConditionRow | undefined = await tx(CONDITIONS)
    .where({ id: options.conditionId, handover_id: options.handoverId })
    .first();
  if (!row) {
    throw new NotFoundError(`No condition with id ${options.conditionId}`);
  }
  if (closed !== 1) {
    throw new ConflictError('The condition is closed already');
  }
  return toCondition(row);
}
