import { SCHEMA_VERSION } from '../schema/documentSchema';
import { HandoverDocument } from '../types';

type Json = Record<string, any>;

/**
 * One step per schema version: `steps[n]` turns a version-n document into version n+1. A step
 * works on a private copy and may assume only what version n allowed.
 */
const steps: Record<number, (doc: Json) => void> = {
  // Version 1 → 2: the planned date got a name that says what it is, and alerting became a
  // yes/no with an explanation like the form's other yes/no questions.
  1: doc => {
    const bestilling = doc.bestilling;
    if (isObject(bestilling) && 'leveringsdato' in bestilling) {
      if (bestilling.planlagtProduksjonsdato === undefined) {
        bestilling.planlagtProduksjonsdato = bestilling.leveringsdato;
      }
      delete bestilling.leveringsdato;
    }
    const prod = doc.produksjonssetting;
    if (
      isObject(prod) &&
      ('varslingEtablert' in prod || 'varslingBeskrivelse' in prod)
    ) {
      const varsling: Json = {};
      if (typeof prod.varslingEtablert === 'boolean') {
        varsling.svar = prod.varslingEtablert;
      }
      if (typeof prod.varslingBeskrivelse === 'string') {
        varsling.forklaring = prod.varslingBeskrivelse;
      }
      delete prod.varslingEtablert;
      delete prod.varslingBeskrivelse;
      if (prod.varsling === undefined && Object.keys(varsling).length > 0) {
        prod.varsling = varsling;
      }
    }
  },
  // Version 2 → 3: "Forberede produksjonssetting" gained the exit criteria of
  // the follow-up after approval (service desk trained, knowledge articles
  // published, no open critical known errors). They are new questions, so a
  // version-2 document has no answer to carry over: it is left unanswered,
  // not answered no.
  2: () => {},
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown by {@link copyPlain} for a value whose JSON form it does not reproduce. */
const NOT_PLAIN = Symbol('not plain JSON data');

/** Nesting beyond which the copy leaves it to JSON (and its error for cycles). */
const MAX_COPY_DEPTH = 64;

function skipped(value: unknown): boolean {
  return (
    value === undefined ||
    typeof value === 'function' ||
    typeof value === 'symbol'
  );
}

function copyPlain(value: unknown, depth: number): unknown {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'object' || depth > MAX_COPY_DEPTH) throw NOT_PLAIN;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out[i] = skipped(item) ? null : copyPlain(item, depth + 1);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (
    (proto !== Object.prototype && proto !== null) ||
    typeof (value as Json).toJSON === 'function'
  ) {
    throw NOT_PLAIN;
  }
  const out: Json = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') throw NOT_PLAIN;
    const item = (value as Json)[key];
    if (!skipped(item)) out[key] = copyPlain(item, depth + 1);
  }
  return out;
}

/** A copy of `value` equal to `JSON.parse(JSON.stringify(value))`. */
function copyJson(value: unknown): unknown {
  try {
    return copyPlain(value, 0);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return JSON.parse(JSON.stringify(value));
  }
}

/**
 * The schema version a document claims; a document without `schemaVersion` is version 1, the
 * shape stored before versions were recorded.
 *
 * @public
 */
export function documentVersion(doc: unknown): number {
  if (!isObject(doc) || doc.schemaVersion === undefined) return 1;
  return doc.schemaVersion;
}

/**
 * Brings a document of an older schema version to the current one and sets `schemaVersion`.
 * Returns a copy; the input is not changed. The result has the current shape but is not
 * validated: pass it to `validateDocument` before trusting it.
 *
 * Throws an Error when the input is not an object or claims a version this package does not
 * know (newer, or not a positive whole number).
 *
 * @public
 */
export function migrateDocument(doc: unknown): HandoverDocument {
  if (!isObject(doc)) {
    throw new Error('A handover document must be a JSON object');
  }
  const version = documentVersion(doc);
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    throw new Error(
      `Unsupported handover document schemaVersion ${JSON.stringify(
        version,
      )}; this version of the form supports 1 to ${SCHEMA_VERSION}`,
    );
  }
  // The copy is what a JSON round trip would give (undefined values dropped), made directly for
  // plain data, which is several times faster; anything else takes the round trip itself.
  const copy = copyJson(doc) as Json;
  for (let v = version; v < SCHEMA_VERSION; v++) steps[v](copy);
  delete copy.schemaVersion;
  return { schemaVersion: SCHEMA_VERSION, ...copy } as HandoverDocument;
}
