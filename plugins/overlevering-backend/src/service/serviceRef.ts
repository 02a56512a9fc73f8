import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { isServiceKind } from '@hemit/plugin-overlevering-common';

/**
 * Refuses an `entityRef` that is not a service: a handover is for an entity
 * of one of `kinds` (`overlevering.serviceKinds`), never for a person or a
 * group.
 *
 * @internal
 */
export function assertServiceRef(ref: string, kinds: readonly string[]): void {
  const allowed = kinds.join(', ');
  let kind: string;
  try {
    kind = parseEntityRef(ref).kind;
  } catch {
    throw new InputError(
      `entityRef: ${ref} is not an entity ref with its kind, such as component:default/name; a handover is for an entity of kind ${allowed}`,
    );
  }
  if (!isServiceKind(kind, kinds)) {
    throw new InputError(
      `entityRef: a handover is for a service, an entity of kind ${allowed}; ${ref} is of kind ${kind}`,
    );
  }
}
