import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { DRAFT_KEYS } from './rows';

/**
 * Each person's key for the browser's sealed copies of their unsaved edits.
 * A key is made the first time a person asks and stays theirs; two first
 * requests at once agree on one key (the insert that loses is ignored).
 *
 * @internal
 */
export class DraftKeyStore {
  constructor(
    private readonly db: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async keyOf(options: { userRef: string }): Promise<string> {
    await this.db(DRAFT_KEYS)
      .insert({
        user_ref: options.userRef,
        draft_key: randomBytes(32).toString('base64'),
        created_at: this.now().toISOString(),
      })
      .onConflict('user_ref')
      .ignore();
    const row = await this.db(DRAFT_KEYS)
      .where({ user_ref: options.userRef })
      .first('draft_key');
    return row.draft_key;
  }
}
