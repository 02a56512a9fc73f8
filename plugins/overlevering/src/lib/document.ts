/** A JSON object as the form keeps it. */
export type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the value at a dotted path. */
export function valueAtPath(doc: unknown, path: string): unknown {
  let current = doc;
  for (const key of path.split('.')) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as JsonRecord)[key];
  }
  return current;
}

/**
 * Returns a copy of `doc` with `value` at `path` (undefined removes it). A
 * number in the path is a row of a list, which stays a list.
 */
export function withValueAtPath(
  doc: JsonRecord,
  path: string,
  value: unknown,
): JsonRecord {
  return setIn(doc, path.split('.'), value) as JsonRecord;
}

function setIn(node: unknown, keys: string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (Array.isArray(node) && /^\d+$/.test(key)) {
    const copy = [...node];
    const index = Number(key);
    if (rest.length === 0) {
      copy[index] = value;
    } else {
      copy[index] = setIn(copy[index] ?? {}, rest, value);
    }
    return copy;
  }
  const copy: JsonRecord = isRecord(node) ? { ...node } : {};
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  copy[key] = setIn(
    isRecord(child) || Array.isArray(child) ? child : {},
    rest,
    value,
  );
  return copy;
}

/** Every leaf of a document by dotted path; arrays count as one leaf. */
export function leaves(doc: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (!isRecord(doc)) {
    if (prefix) result.set(prefix, doc);
    return result;
  }
  for (const [key, value] of Object.entries(doc)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value)) {
      leaves(value, path).forEach((v, p) => result.set(p, v));
    } else {
      result.set(path, value);
    }
  }
  return result;
}

/**
 * The paths the user changed between the revision they started from and what
 * they have now, so those edits can be laid over someone else's newer
 * revision without undoing that person's other changes.
 */
export function changedPaths(base: unknown, local: unknown): string[] {
  const before = leaves(base);
  const after = leaves(local);
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter(
    path =>
      JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)),
  );
}

/** Lays the user's edits (from `base` to `local`) over `latest`. */
export function rebaseEdits(
  base: JsonRecord,
  local: JsonRecord,
  latest: JsonRecord,
): JsonRecord {
  return changedPaths(base, local).reduce(
    (doc, path) => withValueAtPath(doc, path, valueAtPath(local, path)),
    latest,
  );
}

/** The title a schema gives the field at a dotted path, for messages. */
export function titleAtPath(schema: JsonRecord, path: string): string[] {
  const titles: string[] = [];
  let node: unknown = schema;
  for (const key of path.split('.')) {
    if (!isRecord(node)) break;
    if (isRecord(node.properties) && isRecord(node.properties[key])) {
      node = node.properties[key];
    } else if (isRecord(node.items)) {
      node = node.items;
      titles.push(String(Number(key) + 1));
      continue;
    } else {
      titles.push(key);
      break;
    }
    titles.push(
      isRecord(node) && typeof node.title === 'string' ? node.title : key,
    );
  }
  return titles;
}

/**
 * Adds `required` to the schema for the paths that must be filled on submit,
 * so the form marks them. Only the marking: the form never validates a draft.
 */
export function markRequired(schema: JsonRecord, paths: string[]): JsonRecord {
  let result = schema;
  for (const path of paths) {
    result = markOne(result, path.split('.'));
  }
  return result;
}

function markOne(node: JsonRecord, keys: string[]): JsonRecord {
  const [key, ...rest] = keys;
  const properties = isRecord(node.properties) ? node.properties : undefined;
  if (!properties || !isRecord(properties[key])) return node;
  const required = Array.isArray(node.required) ? node.required : [];
  return {
    ...node,
    required: required.includes(key) ? required : [...required, key],
    properties: {
      ...properties,
      [key]: rest.length
        ? markOne(properties[key] as JsonRecord, rest)
        : properties[key],
    },
  };
}
