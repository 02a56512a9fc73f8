import type { ErrorSchema } from '@rjsf/utils';
import type { FieldError } from '../../api';

/** The backend's field errors of one section, in the shape rjsf shows beside fields. */
export function sectionErrorSchema(
  section: string,
  errors: FieldError[],
): ErrorSchema | undefined {
  const mine = errors.filter(e => e.path.startsWith(`${section}.`));
  if (mine.length === 0) return undefined;
  const root: Record<string, any> = {};
  for (const error of mine) {
    let node = root;
    for (const key of error.path.split('.').slice(1)) {
      node[key] = node[key] ?? {};
      node = node[key];
    }
    node.__errors = [...(node.__errors ?? []), error.message];
  }
  return root as ErrorSchema;
}
