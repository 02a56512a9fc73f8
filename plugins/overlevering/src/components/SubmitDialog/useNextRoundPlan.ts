import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import {
  planNextRound,
  roundsToCompare,
  type ApproverRole,
  type Handover,
  type NextRoundPlan,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import type { JsonRecord } from '../../lib/document';

/**
 * The plan the backend will follow when the owner sends `document` with
 * these ticks: the one rule, given the snapshots of the rounds whose
 * approvals it must compare with. Undefined until those have loaded.
 */
export function useNextRoundPlan(options: {
  roles: readonly ApproverRole[];
  handover: Handover;
  optionalRoles: readonly string[];
  document: JsonRecord;
}): { plan?: NextRoundPlan; error?: Error } {
  const api = useApi(overleveringApiRef);
  const { roles, handover } = options;
  const numbers = roundsToCompare({ roles, rounds: handover.rounds });
  const snapshots = useAsync(async () => {
    if (numbers.length === 0) return new Map<number, JsonRecord>();
    const loaded = await Promise.all(
      numbers.map(number => api.getRoundSnapshot(handover.id, number)),
    );
    return new Map(loaded.map(s => [s.round, s.document as JsonRecord]));
    // The rounds to compare follow from the rounds, which the key names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, handover.id, numbers.join(',')]);
  // Nothing to compare with (the first round, or no approval that vouches
  // for anything): the plan need not wait.
  const compared = numbers.length === 0 ? new Map() : snapshots.value;
  if (!compared) {
    return { error: snapshots.error };
  }
  return {
    plan: planNextRound({
      roles,
      rounds: handover.rounds,
      optionalRoles: options.optionalRoles,
      document: options.document,
      snapshots: compared,
    }),
  };
}
