import type { Knex } from 'knex';
import type { HandoverRecord } from './HandoverStore';
import { decodeIdCursor, encodeIdCursor } from './cursor';
import { followUpPhases } from './followUpRows';
import { HANDOVERS, HandoverRow, toHandoverRecord } from './rows';

/**
 * The handovers the search index holds, a page at a time for its crawl:
 * every one but the deleted and the discarded (given up, out of every list
 * unless asked for), by id, so a handover saved during a crawl is neither
 * skipped nor read twice.
 *
 * @internal
 */
export class SearchDocumentQueries {
  constructor(private readonly db: Knex) {}

  async page(options: { limit: number; cursor?: string }): Promise<{
    records: HandoverRecord[];
    /** The follow-up phase of each approved handover of the page that has one. */
    phases: Map<string, 'follow_up' | 'handed_over'>;
    nextCursor?: string;
  }> {
    const query = this.db<HandoverRow>(HANDOVERS)
      .select('*')
      .whereNull('deleted_at')
      .whereNot('status', 'discarded')
      .orderBy('id', 'asc')
      // One extra row tells whether there is a next page.
      .limit(options.limit + 1);
    if (options.cursor) {
      query.where('id', '>', decodeIdCursor(options.cursor));
    }
    const rows: HandoverRow[] = await query;
    const page = rows.slice(0, options.limit);
    const last = page[page.length - 1];
    return {
      records: page.map(toHandoverRecord),
      phases: await followUpPhases(
        this.db,
        page.filter(row => row.status === 'approved').map(row => row.id),
      ),
      ...(rows.length > options.limit && last
        ? { nextCursor: encodeIdCursor(last.id) }
        : {}),
    };
  }
}
