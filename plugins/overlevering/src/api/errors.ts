import { ResponseError } from '@backstage/errors';
import type { ErrorBody, FieldError } from '@hemit/plugin-overlevering-common';

/**
 * One problem of a refused document, as the backend sends it: the dotted
 * path of its field and a message in the user's language.
 *
 * @public
 */
export type { FieldError };

/**
 * The per-field errors of a refused request (400), so a form can show each
 * message beside its field.
 *
 * @public
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return problemsOf(error).fields;
}

/**
 * The problems of a refused request (400), from the `errors` the backend
 * sends with a refused document: the ones that name a field, and the rest
 * (such as a group seat missing from the catalog) as plain text. A refusal
 * without `errors` is one problem of the second kind: its message.
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
  const body = error.body.error as Partial<ErrorBody['error']>;
  if (!Array.isArray(body.errors)) {
    return { fields: [], other: body.message ? [body.message] : [] };
  }
  const fields: FieldError[] = [];
  const other: string[] = [];
  for (const { path, message } of body.errors) {
    if (path) {
      fields.push({ path, message });
    } else {
      other.push(message);
    }
  }
  return { fields, other };
}

/**
 * What to tell a person about a failed request: the backend's own message
 * (in the person's language, such as a limit reached or a refusal), not the
 * transport's "Request failed with 429 …".
 *
 * @public
 */
export function messageOf(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** @public */
export function isConflict(error: unknown): boolean {
  return error instanceof ResponseError && error.statusCode === 409;
}

/** @public */
export function isForbidden(error: unknown): boolean {
  return error instanceof ResponseError && error.statusCode === 403;
}

/**
 * How many seconds to wait before trying again when the backend refused a
 * request for going over the person's limit (429, with `Retry-After`);
 * undefined for any other error.
 *
 * @public
 */
export function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof ResponseError) || error.statusCode !== 429) {
    return undefined;
  }
  const seconds = Number(error.response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}
