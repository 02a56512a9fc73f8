import type { HandoverStatus, OperationsInfo, Round } from '../types';
import { valueAtPath } from './documentPaths';

/** A topic of the service desk's view of a service. @public */
export type OperationsInfoTopic = keyof OperationsInfo;

/**
 * The fields of the form the service desk (Hemithjelp) reads after go-live,
 * by topic, in the order the topics are shown. Each topic holds its fields'
 * answers under the field's own name, so the card, the Markdown and the JSON
 * all follow this one list.
 *
 * The form has no field named "escalation": the section head responsible
 * for the service, the system owner and the supplier with its support
 * agreement are where the form says a problem goes beyond the people who
 * know the service day to day.
 *
 * @public
 */
export const OPERATIONS_INFO_FIELDS: Readonly<
  Record<OperationsInfoTopic, readonly string[]>
> = Object.freeze({
  contacts: [
    'designfase.fagansvarlig',
    'designfase.tjenesteutvikler',
    'etablering.deltDriftsansvar',
    'etablering.deltDriftsansvarMed',
  ],
  escalation: [
    'designfase.seksjonsleder',
    'designfase.systemeier',
    'etablering.leverandor',
    'etablering.supportavtale',
  ],
  monitoring: ['produksjonssetting.varsling', 'produksjonssetting.overvaking'],
  knownErrors: ['produksjonssetting.kjenteFeil'],
  outstandingItems: ['produksjonssetting.restanser'],
  deviations: ['produksjonssetting.fravik'],
  serviceDesk: [
    'produksjonssetting.hemithjelpOrientert',
    'produksjonssetting.kunnskapsartikler',
  ],
  documentation: [
    'etablering.driftsdokumentasjon',
    'etablering.losningsdokumentasjon',
  ],
});

/**
 * The answer in a value, with everything unanswered left out: absent, null,
 * blank text, a yes/no with neither answer nor explanation, a row without
 * any answer and an empty list are no answer. `false` is an answer ("no").
 */
function answered(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const rows = value.map(answered).filter(row => row !== undefined);
    return rows.length > 0 ? rows : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => [key, answered(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * What the service desk needs from a handover, picked from the document an
 * approval was given on (a round's snapshot): who to contact, whom to
 * escalate to, alerting and monitoring, known errors and their workarounds,
 * outstanding items (restanser), deviations (fravik), and where the runbook
 * and documentation are. What the document leaves unanswered stays absent:
 * nothing is filled in by default, so the service desk can tell "not
 * answered" from an answer.
 *
 * @public
 */
export function operationsInfo(document: unknown): OperationsInfo {
  const info: Record<string, Record<string, unknown>> = {};
  for (const [topic, paths] of Object.entries(OPERATIONS_INFO_FIELDS)) {
    info[topic] = {};
    for (const path of paths) {
      const answer = answered(valueAtPath(document, path));
      if (answer !== undefined) {
        info[topic][path.split('.').pop()!] = answer;
      }
    }
  }
  return info as OperationsInfo;
}

/** Where the approval of a handover stands: when, and on which round's snapshot. @public */
export interface Approval {
  approvedAt: string;
  /** The round whose snapshot was approved; undefined when no round was (an approved item of the old list). */
  round?: Pick<Round, 'number' | 'revision'>;
}

/**
 * When and on what a handover was approved; undefined unless it is
 * approved. Its last round is the one that closed approved, and its snapshot
 * holds what every seat had approved by then. An item imported approved from
 * the old SharePoint list has no round: it was approved there, and the
 * list's last change (`updatedAt`) is the closest to that moment we know.
 *
 * @public
 */
export function approvalOf(handover: {
  status: HandoverStatus;
  updatedAt: string;
  rounds: readonly Pick<Round, 'number' | 'revision' | 'status' | 'closedAt'>[];
}): Approval | undefined {
  if (handover.status !== 'approved') return undefined;
  const last = [...handover.rounds].sort((a, b) => b.number - a.number)[0];
  if (!last) return { approvedAt: handover.updatedAt };
  if (last.status !== 'approved') return undefined;
  return {
    approvedAt: last.closedAt ?? handover.updatedAt,
    round: { number: last.number, revision: last.revision },
  };
}

/**
 * The approval that speaks for a service among those of its handovers: the
 * latest one, since a newer approved handover replaces what an older one
 * said. Ties go to the first given.
 *
 * @public
 */
export function latestApproval<T extends { approval: Approval }>(
  candidates: readonly T[],
): T | undefined {
  let latest: T | undefined;
  for (const candidate of candidates) {
    if (
      !latest ||
      Date.parse(candidate.approval.approvedAt) >
        Date.parse(latest.approval.approvedAt)
    ) {
      latest = candidate;
    }
  }
  return latest;
}
