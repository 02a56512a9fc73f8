import { InputError } from '@backstage/errors';
import type { FieldError } from '@hemit/plugin-overlevering-common';

/**
 * A refused document, with each problem as data: `errors` names each field by
 * its dotted path (empty for the document as a whole or a seat that has no
 * field) with a message in the request's language.
 *
 * It stays an `InputError` by name, so Backstage's error middleware answers
 * 400; `serializeError` copies the enumerable `errors` into the body, where
 * clients read it as `error.errors`.
 *
 * @internal
 */
export class DocumentInvalidError extends InputError {
  override readonly name = 'InputError' as const;
  readonly errors: FieldError[];

  constructor(message: string, errors: FieldError[]) {
    super(message);
    this.errors = errors.map(({ path, message: text }) => ({
      path,
      message: text,
    }));
  }
}
