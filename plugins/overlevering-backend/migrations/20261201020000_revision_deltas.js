// @ts-check

// A save was stored as a whole copy of the document, so eight saves of a
// large document took eight times its size. From here a revision is stored
// whole only where it must be read often or on its own: the first revision,
// each revision a round decides on, and one whenever the changes since the
// last whole copy add up to a document's size. Every other revision is the
// JSON Patch (RFC 6902) from the revision before it, so every revision can
// still be read exactly as it was saved.
//
// A migration keeps doing what it did when it was written, so it carries its
// own copy of the diff; the format is the standard one the backend reads.

// SQLite changes a column by copying the table into a new one; see
// 20261129010000_drop_version.js for why this runs outside a transaction.
exports.config = { transaction: false };

const REVISIONS = 'overlevering_revisions';
const ROUNDS = 'overlevering_rounds';

/**
 * @param {import('knex').Knex} knex
 * @param {(trx: import('knex').Knex.Transaction) => Promise<void>} change
 */
async function alterSafely(knex, change) {
  const sqlite = knex.client.config.client.includes('sqlite');
  if (sqlite) {
    await knex.raw('PRAGMA foreign_keys = OFF');
  }
  try {
    await knex.transaction(change);
  } finally {
    if (sqlite) {
      await knex.raw('PRAGMA foreign_keys = ON');
    }
  }
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {Record<string, unknown>} object @param {string} key */
function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** @param {unknown} a @param {unknown} b @returns {boolean} */
function jsonEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every(key => own(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

/** @param {string | number} key */
function token(key) {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON Patch operations that turn `before` into `after`.
 *
 * @param {unknown} before
 * @param {unknown} after
 * @param {string} path
 * @param {object[]} ops
 */
function diffInto(before, after, path, ops) {
  if (jsonEqual(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      if (!own(after, key))
        ops.push({ op: 'remove', path: `${path}/${token(key)}` });
    }
    for (const key of Object.keys(after)) {
      const at = `${path}/${token(key)}`;
      if (own(before, key)) {
        diffInto(before[key], after[key], at, ops);
      } else {
        ops.push({ op: 'add', path: at, value: after[key] });
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    let start = 0;
    while (
      start < before.length &&
      start < after.length &&
      jsonEqual(before[start], after[start])
    ) {
      start++;
    }
    let end = 0;
    while (
      end < before.length - start &&
      end < after.length - start &&
      jsonEqual(before[before.length - 1 - end], after[after.length - 1 - end])
    ) {
      end++;
    }
    const removed = before.length - start - end;
    const added = after.length - start - end;
    const paired = Math.min(removed, added);
    for (let i = start; i < start + paired; i++) {
      diffInto(before[i], after[i], `${path}/${i}`, ops);
    }
    for (let i = start + removed - 1; i >= start + paired; i--) {
      ops.push({ op: 'remove', path: `${path}/${i}` });
    }
    for (let i = start + paired; i < start + added; i++) {
      ops.push({ op: 'add', path: `${path}/${i}`, value: after[i] });
    }
    return;
  }
  ops.push({ op: 'replace', path, value: after });
}

/**
 * `document` with a JSON Patch of add, remove and replace applied.
 *
 * @param {unknown} document
 * @param {{ op: string, path: string, value?: unknown }[]} patch
 */
function applyPatch(document, patch) {
  let root = structuredClone(document);
  for (const operation of patch) {
    if (operation.path === '') {
      root = structuredClone(operation.value);
      continue;
    }
    const keys = operation.path
      .slice(1)
      .split('/')
      .map(key => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = /** @type {string} */ (keys.pop());
    /** @type {any} */
    let parent = root;
    for (const key of keys) {
      parent = parent[Array.isArray(parent) ? Number(key) : key];
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (operation.op === 'add') {
        parent.splice(index, 0, structuredClone(operation.value));
      } else if (operation.op === 'replace') {
        parent[index] = structuredClone(operation.value);
      } else {
        parent.splice(index, 1);
      }
    } else if (operation.op === 'remove') {
      delete parent[last];
    } else {
      Object.defineProperty(parent, last, {
        value: structuredClone(operation.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

/**
 * The revisions of one handover, oldest first, read one at a time so that
 * a long history of large documents never sits in memory at once.
 *
 * @param {import('knex').Knex} knex
 * @param {string} handoverId
 * @param {(row: { revision: number, document: string | null, patch: string | null }) => Promise<void>} visit
 */
async function eachRevision(knex, handoverId, visit) {
  const numbers = await knex(REVISIONS)
    .where({ handover_id: handoverId })
    .orderBy('revision', 'asc')
    .pluck('revision');
  for (const revision of numbers) {
    const row = await knex(REVISIONS)
      .where({ handover_id: handoverId, revision })
      .first('revision', 'document', 'patch');
    await visit({ ...row, revision: Number(row.revision) });
  }
}

/** @param {import('knex').Knex} knex */
async function handoverIds(knex) {
  return knex(REVISIONS).distinct('handover_id').pluck('handover_id');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await alterSafely(knex, async trx => {
    await trx.schema.alterTable(REVISIONS, table => {
      table
        .text('document')
        .nullable()
        .alter()
        .comment(
          'The whole document as JSON; null when the revision is stored as a patch',
        );
      table
        .text('patch')
        .nullable()
        .comment(
          'JSON Patch (RFC 6902) from the previous revision; null when the whole document is stored',
        );
    });
  });

  await knex.transaction(async trx => {
    for (const handoverId of await handoverIds(trx)) {
      const decided = new Set(
        (
          await trx(ROUNDS).where({ handover_id: handoverId }).pluck('revision')
        ).map(Number),
      );
      /** @type {unknown} */
      let previous;
      let first = true;
      let sinceWhole = 0;
      await eachRevision(trx, handoverId, async row => {
        const text = /** @type {string} */ (row.document);
        const document = JSON.parse(text);
        const keepWhole = first || decided.has(row.revision);
        first = false;
        if (!keepWhole) {
          /** @type {object[]} */
          const ops = [];
          diffInto(previous, document, '', ops);
          const patch = JSON.stringify(ops);
          const size = Buffer.byteLength(patch);
          if (sinceWhole + size < Buffer.byteLength(text)) {
            await trx(REVISIONS)
              .where({ handover_id: handoverId, revision: row.revision })
              .update({ document: null, patch });
            sinceWhole += size;
            previous = document;
            return;
          }
        }
        sinceWhole = 0;
        previous = document;
      });
    }
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.transaction(async trx => {
    for (const handoverId of await handoverIds(trx)) {
      /** @type {unknown} */
      let current;
      await eachRevision(trx, handoverId, async row => {
        if (row.document !== null) {
          current = JSON.parse(row.document);
          return;
        }
        current = applyPatch(
          current,
          JSON.parse(/** @type {string} */ (row.patch)),
        );
        await trx(REVISIONS)
          .where({ handover_id: handoverId, revision: row.revision })
          .update({ document: JSON.stringify(current), patch: null });
      });
    }
  });
  await alterSafely(knex, async trx => {
    await trx.schema.alterTable(REVISIONS, table => {
      table.dropColumn('patch');
      table
        .text('document')
        .notNullable()
        .alter()
        .comment('The document as JSON');
    });
  });
};
