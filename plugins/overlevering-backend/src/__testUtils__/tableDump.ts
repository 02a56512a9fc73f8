import type { Knex } from 'knex';

/** The plugin's tables, each with the columns that order its rows. */
const TABLES: Record<string, string[]> = {
  overlevering_handovers: ['id'],
  overlevering_revisions: ['handover_id', 'revision'],
  overlevering_rounds: ['handover_id', 'number'],
  overlevering_assignments: ['handover_id', 'round', 'role'],
  overlevering_events: ['seq'],
  overlevering_sharepoint_items: ['sharepoint_id'],
  overlevering_conditions: ['id'],
};

/**
 * Every row of the plugin's tables, in a fixed order, with numbers as
 * numbers (PostgreSQL returns bigints as strings): two dumps are equal when
 * nothing was written in between.
 */
export async function dumpTables(
  knex: Knex,
): Promise<Record<string, Record<string, unknown>[]>> {
  const dump: Record<string, Record<string, unknown>[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const rows = await knex(table).select('*').orderBy(order);
    dump[table] = rows.map(row =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'string' && k === 'seq' ? Number(v) : v,
        ]),
      ),
    );
  }
  return dump;
}
