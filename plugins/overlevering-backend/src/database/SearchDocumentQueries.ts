import type { Knex } from 'knex';
import type { HandoverRecord } from './HandoverStore';
import { decodeIdCursor, encodeIdCursor } from './cursor';
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

  async page(options: {
    limit: number;
    cursor?: string;
  }): Promise<{ records: HandoverRecord[]; nextCursor?: string }> {
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
      ...(rows.length > options.limit && last
        ? { nextCursor: encodeIdCursor(last.id) }
        : {}),
    };
  }
}
