import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { ApproverRole } from '@hemit/plugin-overlevering-common';
import { valueAtPath, type JsonRecord } from '../../lib/document';
import { useEntityNames } from '../../hooks';

/** Why nobody can be asked for a seat. */
export type SeatProblem = 'notFilled' | 'notInCatalog' | 'groupNotInCatalog';

/** Who holds a seat as the catalog knows them, or why nobody does. */
export interface SeatHolder {
  /** The holder's display name. */
  name?: string;
  problem?: SeatProblem;
}

/**
 * The entity ref of the seat's holder: its group, or the person the form
 * names (a short name is a user in the default namespace, as the backend
 * reads it); null when the form names nobody, or nothing that is a person.
 */
function holderRef(role: ApproverRole, document: JsonRecord): string | null {
  if (role.group) return role.group;
  const value = role.field ? valueAtPath(document, role.field) : undefined;
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'user'
      ? stringifyEntityRef(ref)
      : '';
  } catch {
    return '';
  }
}

/**
 * Who holds each of `roles` for this document, looked up in the catalog, so
 * the dialog knows before sending whether every seat can be asked. Until the
 * catalog answers, and when it cannot be asked, only an empty field counts
 * as a problem: the backend has the last word.
 */
export function useSeatHolders(
  roles: readonly ApproverRole[],
  document: JsonRecord,
): Map<string, SeatHolder> {
  const refs = new Map(roles.map(role => [role.id, holderRef(role, document)]));
  const { names } = useEntityNames(
    [...refs.values()].filter((ref): ref is string => !!ref),
  );
  const holders = new Map<string, SeatHolder>();
  for (const role of roles) {
    const ref = refs.get(role.id);
    if (ref === null || ref === undefined) {
      holders.set(role.id, { problem: 'notFilled' });
      continue;
    }
    // Undefined: not known yet; null: the catalog does not know it.
    const name = ref ? names?.get(ref) : null;
    if (name === null) {
      holders.set(role.id, {
        problem: role.group ? 'groupNotInCatalog' : 'notInCatalog',
      });
    } else {
      holders.set(role.id, { name });
    }
  }
  return holders;
}
