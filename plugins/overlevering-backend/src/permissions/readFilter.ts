import type { HandoverFilter } from '../database/HandoverStore';

/**
 * Which handovers `userRef` may read, as a filter for the query that loads
 * one: their own always, and whatever the policy's decision allows
 * (`undefined` from the policy: all; `false`: none). Undefined when all
 * may be read.
 *
 * @internal
 */
export function readFilterFor(
  userRef: string,
  policy: HandoverFilter | undefined | false,
): HandoverFilter | undefined {
  if (policy === undefined) {
    return undefined;
  }
  const own: HandoverFilter = { owner: [userRef] };
  return policy === false ? own : { anyOf: [own, policy] };
}
