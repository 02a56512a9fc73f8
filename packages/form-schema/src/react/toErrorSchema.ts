import type { ErrorSchema } from '@rjsf/utils';
import type { FieldError } from '../types';

/**
 * Turns our `{ path, message }` list into react-jsonschema-form's nested error schema, so each
 * message shows under its own field. Errors of the document itself go on the root.
 */
export function toErrorSchema(errors: readonly FieldError[]): ErrorSchema {
  const root: Record<string, any> = {};
  for (const { path, message } of errors) {
    let node = root;
    for (const segment of path ? path.split('.') : []) {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) {
        Object.defineProperty(node, segment, {
          value: {},
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      node = node[segment];
    }
    node.__errors = [...(node.__errors ?? []), message];
  }
  return root as ErrorSchema;
}
