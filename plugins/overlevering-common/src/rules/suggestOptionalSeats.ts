import type { ApproverRole } from '../types';
import { valueAtPath } from './documentPaths';

/** An optional role worth asking, and the parts of the form that say so. @public */
export interface SuggestedSeat {
  role: ApproverRole;
  /** The section ids or field paths the role vouches for that hold content. */
  because: string[];
}

/**
 * Whether the owner wrote something there: non-blank text, a number, a list
 * with content, or an object with content. A yes/no answer alone is no
 * content: "no shared operations" asks nobody new.
 */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).some(hasContent);
  }
  return false;
}

/**
 * The optional roles the form speaks for: a role is suggested when a part of
 * the form it vouches for has content (servers described → Server). Only a
 * suggestion: the owner still decides whom to ask. In the configured order.
 *
 * @public
 */
export function suggestOptionalSeats(
  document: unknown,
  roles: readonly ApproverRole[],
): SuggestedSeat[] {
  return roles
    .filter(role => role.kind === 'optional')
    .map(role => ({
      role,
      because: (role.vouchesFor ?? []).filter(path =>
        hasContent(valueAtPath(document, path)),
      ),
    }))
    .filter(suggestion => suggestion.because.length > 0);
}
