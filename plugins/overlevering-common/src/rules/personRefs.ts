import { valueAtPath } from './documentPaths';

/**
 * A user entity ref in full form (`user:default/name`), as the catalog
 * compares refs: kind and namespace in lower case. Undefined when `value` is
 * not a reference to a user (empty, another kind, or malformed).
 *
 * @public
 */
export function normalizeUserRef(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(text);
  if (!match) return undefined;
  const [, kind = 'user', namespace = 'default', name] = match;
  if (kind.toLocaleLowerCase('en-US') !== 'user') return undefined;
  return `user:${namespace.toLocaleLowerCase('en-US')}/${name}`;
}

/**
 * The person a person field of the document names (e.g.
 * `designfase.seksjonsleder`), as a full user ref; undefined if none.
 *
 * @public
 */
export function userRefAt(document: unknown, path: string): string | undefined {
  return normalizeUserRef(valueAtPath(document, path));
}

/**
 * Whether two user refs name the same person, as the catalog compares.
 *
 * @public
 */
export function samePerson(a: string | undefined, b: string | undefined) {
  const left = normalizeUserRef(a);
  return (
    left !== undefined &&
    left.toLocaleLowerCase('en-US') ===
      normalizeUserRef(b)?.toLocaleLowerCase('en-US')
  );
}
