import type { JsonRecord } from './document';

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Only `parts` of a document (section ids or dotted field paths), in the
 * document's shape, so that a comparison of two of them shows what changed
 * in those parts and nowhere else.
 */
export function documentParts(
  document: unknown,
  parts: readonly string[],
): JsonRecord {
  const out: JsonRecord = {};
  for (const part of parts) {
    const keys = part.split('.');
    let from: unknown = document;
    for (const key of keys) from = isRecord(from) ? from[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of keys.slice(0, -1)) {
      if (!isRecord(into[key])) into[key] = {};
      into = into[key] as JsonRecord;
    }
    into[keys[keys.length - 1]] = from;
  }
  return out;
}
