/**
 * Size limits of a document, checked before the schema validator runs so that hostile input
 * (deep nesting, huge strings, long lists) is refused after one cheap walk.
 *
 * @public
 */
export const DOCUMENT_LIMITS = Object.freeze({
  /** Serialised size in bytes (UTF-8, approximated while walking). */
  maxBytes: 512 * 1024,
  /** Nesting depth; the form's own documents are at most 4 deep. */
  maxDepth: 8,
  maxStringLength: 10000,
  maxArrayItems: 200,
});

/** Keys that would reach an object's prototype when copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a document broke a limit; `path` is dotted. */
export type LimitViolation =
  | { path: string; kind: 'notObject' }
  | { path: string; kind: 'tooLarge' }
  | { path: string; kind: 'tooDeep' }
  | { path: string; kind: 'stringTooLong' }
  | { path: string; kind: 'tooManyItems' }
  | { path: string; kind: 'forbiddenKey'; key: string }
  | { path: string; kind: 'notJson' };

const join = (path: string, key: string | number) =>
  path ? `${path}.${key}` : String(key);

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks the document once, iteratively (no recursion a hostile input could overflow), and
 * returns the first limit it breaks, or undefined. Stops as soon as a limit is broken, so a
 * 100 MB string or a million-deep chain costs no more than reaching the limit.
 */
export function checkLimits(doc: unknown): LimitViolation | undefined {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { path: '', kind: 'notObject' };
  }
  let bytes = 0;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: doc, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > DOCUMENT_LIMITS.maxStringLength) {
        return { path, kind: 'stringTooLong' };
      }
      bytes += value.length + 2; // UTF-16 units: exact for ASCII, close enough for a limit
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path, kind: 'notJson' };
      bytes += 24;
    } else if (typeof value === 'boolean' || value === null) {
      bytes += 5;
    } else if (typeof value === 'object') {
      // Reported on the document: the path down a hostile chain says nothing useful.
      if (depth >= DOCUMENT_LIMITS.maxDepth)
        return { path: '', kind: 'tooDeep' };
      if (Array.isArray(value)) {
        if (value.length > DOCUMENT_LIMITS.maxArrayItems) {
          return { path, kind: 'tooManyItems' };
        }
        bytes += 2 + value.length;
        for (let i = value.length - 1; i >= 0; i--) {
          stack.push({
            value: value[i],
            path: join(path, i),
            depth: depth + 1,
          });
        }
      } else {
        if (!isPlainObject(value)) return { path, kind: 'notJson' };
        const keys = Object.keys(value);
        if (keys.length > DOCUMENT_LIMITS.maxArrayItems) {
          return { path, kind: 'tooManyItems' };
        }
        // JSON.parse makes "__proto__" an own key; Object.keys sees it.
        for (const key of keys) {
          if (FORBIDDEN_KEYS.has(key))
            return { path, kind: 'forbiddenKey', key };
          if (key.length > DOCUMENT_LIMITS.maxStringLength) {
            return { path, kind: 'stringTooLong' };
          }
          bytes += key.length + 4;
        }
        bytes += 2;
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i];
          // An undefined property is absent in JSON; forms produce them for cleared fields.
          if ((value as Record<string, unknown>)[key] === undefined) continue;
          stack.push({
            value: (value as Record<string, unknown>)[key],
            path: join(path, key),
            depth: depth + 1,
          });
        }
      }
    } else {
      // undefined, functions, symbols, bigints: not JSON.
      return { path, kind: 'notJson' };
    }
    if (bytes > DOCUMENT_LIMITS.maxBytes) return { path: '', kind: 'tooLarge' };
  }
  return undefined;
}
