import type { Knex } from 'knex';
import type { HandoverFilter } from './HandoverStore';
import { CONDITIONS, SEATS, HANDOVERS } from './rows';

/**
 * Applies a permission filter to a query on the handovers table, so that a
 * conditional decision is evaluated by the database and pages stay full.
 */
export function applyHandoverFilter(
  qb: Knex.QueryBuilder,
  filter: HandoverFilter,
): void {
  if ('owner' in filter) {
    if (filter.owner.length === 0) {
      qb.whereRaw('1 = 0');
    } else {
      qb.whereIn(`${HANDOVERS}.owner`, filter.owner);
    }
  } else if ('seatHolder' in filter) {
    const holders = filter.seatHolder;
    qb.whereExists(function seat(this: Knex.QueryBuilder) {
      this.select('role')
        .from(SEATS)
        .whereRaw(`${SEATS}.handover_id = ${HANDOVERS}.id`)
        .whereIn(`${SEATS}.approver`, holders.length ? holders : ['']);
    });
  } else if ('conditionFollowUp' in filter) {
    const people = filter.conditionFollowUp;
    qb.whereExists(function condition(this: Knex.QueryBuilder) {
      this.select('id')
        .from(CONDITIONS)
        .whereRaw(`${CONDITIONS}.handover_id = ${HANDOVERS}.id`)
        .whereIn(`${CONDITIONS}.follow_up`, people.length ? people : ['']);
    });
  } else if ('allOf' in filter) {
    qb.where(inner => {
      for (const f of filter.allOf) {
        inner.andWhere(sub => applyHandoverFilter(sub, f));
      }
    });
  } else if ('anyOf' in filter) {
    if (filter.anyOf.length === 0) {
      qb.whereRaw('1 = 0');
      return;
    }
    qb.where(inner => {
      for (const f of filter.anyOf) {
        inner.orWhere(sub => applyHandoverFilter(sub, f));
      }
    });
  } else {
    qb.whereNot(sub => applyHandoverFilter(sub, filter.not));
  }
}
