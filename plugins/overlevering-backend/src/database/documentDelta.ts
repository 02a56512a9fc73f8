/**
 * What changed between two revisions of a document, as a JSON Patch (RFC
 * 6902, its `add`, `remove` and `replace` operations), so that a save is
 * stored by the size of what it changed rather than the whole document.
 *
 * The migration that turned stored revisions into patches carries its own
 * copy of `diffDocuments`, as a migration must keep doing what it did; both
 * write this one standard format, which `applyPatch` reads.
 */

/** One operation of a JSON Patch. @internal */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

type JsonObject = Record<string, unknown>;

const own = (object: JsonObject, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal, key order aside. */
export function jsonEqual(a: unknown, b: unknown): boolean {
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

/** A key as a JSON Pointer reference token. */
function token(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The operations that turn `before` into `after`. Objects are compared key
 * by key; in an array the rows both share at the start and the end are
 * left alone, so a row added or removed anywhere costs that row only.
 *
 * @internal
 */
export function diffDocuments(
  before: unknown,
  after: unknown,
): PatchOperation[] {
  const ops: PatchOperation[] = [];
  diffInto(before, after, '', ops);
  return ops;
}

function diffInto(
  before: unknown,
  after: unknown,
  path: string,
  ops: PatchOperation[],
): void {
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
    // Extra rows of `before` go from the last, so each index still holds.
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
 * `document` with `patch` applied; `document` itself is left as it was.
 * Throws when an operation does not fit the document, which means the
 * stored revisions are not what they should be.
 *
 * @internal
 */
export function applyPatch(
  document: unknown,
  patch: readonly PatchOperation[],
): unknown {
  let root: unknown = structuredClone(document);
  for (const operation of patch) {
    if (operation.path === '') {
      if (operation.op === 'remove') {
        throw new Error('A patch cannot remove the whole document');
      }
      root = structuredClone(operation.value);
      continue;
    }
    const keys = operation.path
      .slice(1)
      .split('/')
      .map(key => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let parent: unknown = root;
    for (const key of keys) {
      parent = childOf(parent, key, operation.path);
    }
    setChild(parent, last, operation);
  }
  return root;
}

function childOf(parent: unknown, key: string, path: string): unknown {
  if (Array.isArray(parent) && /^(0|[1-9]\d*)$/.test(key)) {
    if (Number(key) < parent.length) return parent[Number(key)];
  } else if (isObject(parent) && own(parent, key)) {
    return parent[key];
  }
  throw new Error(`The patch path ${path} is not in the document`);
}

function setChild(
  parent: unknown,
  key: string,
  operation: PatchOperation,
): void {
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : Number(key);
    const fits =
      /^(0|[1-9]\d*|-)$/.test(key) &&
      index <= parent.length - (operation.op === 'add' ? 0 : 1);
    if (!fits) {
      throw new Error(
        `The patch path ${operation.path} is not in the document`,
      );
    }
    if (operation.op === 'add') {
      parent.splice(index, 0, structuredClone(operation.value));
    } else if (operation.op === 'replace') {
      parent[index] = structuredClone(operation.value);
    } else {
      parent.splice(index, 1);
    }
    return;
  }
  if (!isObject(parent) || (operation.op !== 'add' && !own(parent, key))) {
    throw new Error(`The patch path ${operation.path} is not in the document`);
  }
  if (operation.op === 'remove') {
    delete parent[key];
  } else {
    // Defined, not assigned: a key such as `__proto__` stays a plain key.
    Object.defineProperty(parent, key, {
      value: structuredClone(operation.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}
