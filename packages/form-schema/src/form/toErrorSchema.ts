import type { FieldError } from '../types';

/**
 * react-jsonschema-form's nested error shape (`ErrorSchema`): the errors of a field under
 * `__errors`, its children under their keys.
 *
 * @public
 */
export interface FormErrorSchema {
  __errors?: string[];
  [key: string]: FormErrorSchema | string[] | undefined;
}

/**
 * Turns a `{ path, message }` list (from `validateDocument` or a server's 400 answer) into
 * react-jsonschema-form's nested error schema, for its `extraErrors` prop, so each message shows
 * under its own field. Errors of the document itself go on the root.
 *
 * @public
 */
export function toErrorSchema(errors: readonly FieldError[]): FormErrorSchema {
  const root: FormErrorSchema = {};
  for (const { path, message } of errors) {
    let node = root;
    for (const segment of path ? path.split('.') : []) {
      // defineProperty, so a path segment such as "__proto__" cannot reach a prototype.
      if (!Object.prototype.hasOwnProperty.call(node, segment)) {
        Object.defineProperty(node, segment, {
          value: {},
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      node = node[segment] as FormErrorSchema;
    }
    node.__errors = [...(node.__errors ?? []), message];
  }
  return root;
}
