import { ResponseError } from '@backstage/errors';

/**
 * One field the backend refused, by its dotted path in the document.
 *
 * @public
 */
export interface FieldError {
  path: string;
  message: string;
}

const SECTION_PATH =
  /\b((?:bestilling|designfase|etablering|driftskostnader|produksjonssetting)(?:\.[A-Za-z0-9_]+|\[\d+\])*)/;

function toDottedPath(path: string): string {
  // JSON pointers (/a/b/0) and bracket indices (a[0]) both become a.b.0
  return path
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The per-field errors of a refused request (400), so a form can show each
 * message beside its field.
 *
 * The backend throws `InputError`, whose message lists each failing field by
 * its path, one per line or separated by semicolons; when the error body also
 * carries a structured `errors` list, that list is used as is.
 *
 * @public
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return problemsOf(error).fields;
}

/**
 * The problems of a refused request (400): the ones that name a field, and
 * the rest (such as a group seat missing from the catalog) as plain text.
 *
 * @public
 */
export function problemsOf(error: unknown): {
  fields: FieldError[];
  other: string[];
} {
  if (!(error instanceof ResponseError) || error.statusCode !== 400) {
    return { fields: [], other: [] };
  }
  const structured = (error.body.error as { errors?: unknown }).errors;
  if (Array.isArray(structured)) {
    const fields = structured
      .filter(
        (e): e is FieldError =>
          typeof e?.path === 'string' && typeof e?.message === 'string',
      )
      .map(e => ({ path: toDottedPath(e.path), message: e.message }));
    return { fields, other: [] };
  }
  const result: FieldError[] = [];
  const other: string[] = [];
  for (const part of error.body.error.message.split(/\n|;/)) {
    const match = part.match(SECTION_PATH);
    if (!match) {
      // The message's lead-in ("... cannot be submitted:") names no problem.
      const text = part.trim();
      if (text && !text.endsWith(':')) {
        other.push(text.replace(/^.*:\s+(?=\S+:)/, ''));
      }
      continue;
    }
    const rest = part
      .slice((match.index ?? 0) + match[0].length)
      .replace(/^[\s:'"`—-]+/, '')
      .trim();
    result.push({
      path: toDottedPath(match[1]),
      message: rest || part.trim(),
    });
  }
  return { fields: result, other };
}

/** @public */
export function isConflict(error: unknown): boolean {
  return error instanceof ResponseError && error.statusCode === 409;
}

/** @public */
export function isForbidden(error: unknown): boolean {
  return error instanceof ResponseError && error.statusCode === 403;
}
