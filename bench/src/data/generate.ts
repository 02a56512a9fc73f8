/*
 * Fills the plugin's tables with realistic handovers, straight through knex
 * after running the plugin's own migrations: full documents, rounds and
 * seats, saved revisions and the history of every handover.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Knex } from 'knex';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import {
  SEATS,
  EVENTS,
  HANDOVERS,
  REVISIONS,
  ROUNDS,
  searchable,
} from '../../../plugins/overlevering-backend/src/database/rows';
import { exampleDocument } from '../validate';
import { REPO_ROOT } from '../machine';
import { APPROVER_ROLES_OF_BENCH_APPROVER, BENCH_USERS, Org } from './org';

export const MIGRATIONS_DIR = resolve(
  REPO_ROOT,
  'plugins/overlevering-backend/migrations',
);

/** What the load benchmarks need to know about the generated data. */
export interface Generated {
  handovers: number;
  rows: Record<string, number>;
  seconds: number;
  /** Handovers of the bench owner, newest first. */
  ownerHandovers: string[];
  /** Drafts of the bench writer and their current revision. */
  writerDrafts: { id: string; revision: number }[];
  /** Pending seats the bench approver may decide, in the order to decide them. */
  decisionSeats: { id: string; round: number; role: string }[];
  /** More such seats, kept for the live update in the browser. */
  browserSeats: { id: string; round: number; role: string }[];
}

/** Handovers in the pools the write benchmarks consume. */
export const WRITER_DRAFTS = 300;
export const DECISION_HANDOVERS = 300;
/** Of those, the last ones are kept for the browser. */
const BROWSER_HANDOVERS = 8;
const OWNER_HANDOVERS = 50;

type Status = 'draft' | 'in_review' | 'rejected' | 'approved';

interface Plan {
  owner: string;
  status: Status;
  /** The first round was rejected before the current one. */
  reworked: boolean;
  /** An open round where every seat is still pending. */
  untouched?: boolean;
  optional?: string[];
  /** Its seats are kept for the browser benchmark. */
  forBrowser?: boolean;
}

const FIXED_ROLES = DEFAULT_APPROVER_ROLES.filter(r => r.kind === 'fixed');
const OPTIONAL_ROLES = DEFAULT_APPROVER_ROLES.filter(
  r => r.kind === 'optional',
);

/** Small deterministic random numbers, so every run has the same data. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the plugin's migrations on an empty database. */
export async function migrate(db: Knex): Promise<void> {
  await db.migrate.latest({ directory: MIGRATIONS_DIR });
}

export async function generate(
  db: Knex,
  options: { handovers: number; org: Org; log?: (line: string) => void },
): Promise<Generated> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const random = prng(7);
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(random() * list.length)];
  const people = options.org.users
    .map(u => u.name)
    .filter(n => n.startsWith('bench.user'));
  const userRef = (name: string) => `user:default/${name}`;

  // Who owns what, and in which state: the same active work in every size
  // (what people have on their desks does not grow with the archive), the
  // rest is history, mostly approved.
  const plans: Plan[] = [];
  for (let i = 0; i < OWNER_HANDOVERS; i++) {
    const status: Status =
      i % 5 === 0
        ? 'draft'
        : i % 5 === 1
        ? 'in_review'
        : i % 10 === 2
        ? 'rejected'
        : 'approved';
    plans.push({ owner: BENCH_USERS.owner, status, reworked: i % 7 === 0 });
  }
  for (let i = 0; i < WRITER_DRAFTS; i++) {
    plans.push({ owner: BENCH_USERS.writer, status: 'draft', reworked: false });
  }
  for (let i = 0; i < DECISION_HANDOVERS; i++) {
    plans.push({
      forBrowser: i >= DECISION_HANDOVERS - BROWSER_HANDOVERS,
      owner: BENCH_USERS.submitter,
      status: 'in_review',
      reworked: false,
      untouched: true,
      optional: ['server'],
    });
  }
  const rest = Math.max(0, options.handovers - plans.length);
  const active: Status[] = [
    ...Array<Status>(Math.min(150, Math.floor(rest * 0.15))).fill('in_review'),
    ...Array<Status>(Math.min(50, Math.floor(rest * 0.05))).fill('rejected'),
    ...Array<Status>(
      Math.min(100, Math.floor(rest * 0.1)) + Math.floor(rest * 0.02),
    ).fill('draft'),
  ];
  for (let i = 0; i < rest; i++) {
    plans.push({
      owner: pick(people),
      status: active[i] ?? 'approved',
      reworked: random() < 0.2,
    });
  }

  const template = exampleDocument();
  const counts: Record<string, number> = {};
  const buffers = new Map<string, Record<string, unknown>[]>();
  const generated: Generated = {
    handovers: plans.length,
    rows: counts,
    seconds: 0,
    ownerHandovers: [],
    writerDrafts: [],
    decisionSeats: [],
    browserSeats: [],
  };

  // Rows per insert statement: under SQLite's and PostgreSQL's limits on
  // bound parameters for the widest table.
  const batchRows = 400;
  const flushOrder = [HANDOVERS, REVISIONS, ROUNDS, SEATS, EVENTS];
  // A handover's rows go in after the handover itself: when one buffer is
  // full, every buffer is written, in the order of the foreign keys.
  async function flush(tx: Knex.Transaction, all = false) {
    const full = [...buffers.values()].some(rows => rows.length >= batchRows);
    if (!all && !full) return;
    for (const table of flushOrder) {
      const rows = buffers.get(table);
      if (rows && rows.length) {
        for (let i = 0; i < rows.length; i += batchRows) {
          await tx(table).insert(rows.slice(i, i + batchRows));
        }
        counts[table] = (counts[table] ?? 0) + rows.length;
        buffers.set(table, []);
      }
    }
  }
  function add(table: string, row: Record<string, unknown>) {
    let list = buffers.get(table);
    if (!list) {
      list = [];
      buffers.set(table, list);
    }
    list.push(row);
  }

  // Times: the archive spreads over three years up to a fixed day; the active
  // work is of the last weeks. Every handover's events follow each other.
  const end = Date.parse('2026-11-20T12:00:00Z');
  const threeYears = 3 * 365 * 24 * 3600 * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();

  await db.transaction(async tx => {
    for (const [index, plan] of plans.entries()) {
      const id = randomUUID();
      const isArchive =
        plan.status === 'approved' || plan.owner !== BENCH_USERS.owner;
      let t =
        end -
        (plan.status === 'approved' && isArchive
          ? random() * threeYears
          : random() * 30 * 24 * 3600 * 1000);
      const tick = () => {
        t += 60_000 + Math.floor(random() * 3_600_000);
        return iso(t);
      };
      const createdAt = iso(t);
      const developer = pick(people);
      const head = pick(people);
      const subject = pick(people);
      const title = `${(template.bestilling as any).tittel} #${index + 1}`;
      const document = {
        ...template,
        bestilling: {
          ...(template.bestilling as object),
          tittel: title,
          bestiltAv: userRef(plan.owner),
        },
        designfase: {
          ...(template.designfase as object),
          tjenesteutvikler: userRef(developer),
          seksjonsleder: userRef(head),
          fagansvarlig: userRef(subject),
        },
      };
      const documentText = JSON.stringify(document);
      const entityRef = `component:default/service-${String(
        index % 2000,
      ).padStart(4, '0')}`;
      const event = (at: string, actor: string, type: string, data: object) =>
        add(EVENTS, {
          id: randomUUID(),
          handover_id: id,
          at,
          actor,
          type,
          data: JSON.stringify(data),
        });
      const owner = userRef(plan.owner);
      event(createdAt, owner, 'created', { revision: 1, entityRef });

      let revision = 1;
      const save = () => {
        revision += 1;
        event(tick(), owner, 'saved', {
          revision,
          sections: [
            pick([
              'bestilling',
              'designfase',
              'etablering',
              'driftskostnader',
              'produksjonssetting',
            ]),
          ],
        });
      };
      const saves =
        plan.status === 'draft'
          ? Math.floor(random() * 5)
          : 2 + Math.floor(random() * 4);
      for (let s = 0; s < saves; s++) save();

      const revisionRows = new Set<number>();
      let currentRound = 0;
      let status: Status = 'draft';
      const optional =
        plan.optional ??
        OPTIONAL_ROLES.filter(() => random() < 0.3).map(r => r.id);
      const seatHolder = (role: string) => {
        const found = DEFAULT_APPROVER_ROLES.find(r => r.id === role)!;
        if (found.group) return found.group;
        return userRef(
          role === 'tjenesteutvikler'
            ? developer
            : role === 'seksjonsleder'
            ? head
            : subject,
        );
      };
      const decider = (role: string, holder: string) =>
        holder.startsWith('user:')
          ? holder
          : userRef(
              role === 'hemithjelp' ? BENCH_USERS.approver : pick(people),
            );

      /** Opens a round asking `roles`; closes it unless `open`. */
      const round = (
        roles: string[],
        outcome: 'approved' | 'rejected' | 'open',
      ) => {
        currentRound += 1;
        const submittedAt = tick();
        revisionRows.add(revision);
        const seats = roles.map(role => ({ role, approver: seatHolder(role) }));
        event(submittedAt, owner, 'submitted', {
          round: currentRound,
          revision,
          seats,
          optionalRoles: optional,
        });
        const rejectedRoles =
          outcome === 'rejected'
            ? roles.filter((_, i) => i === 0 || random() < 0.2)
            : [];
        const decidedCount =
          outcome === 'open'
            ? plan.untouched
              ? 0
              : Math.floor(random() * roles.length)
            : roles.length;
        let lastAt = submittedAt;
        let approved = 0;
        let rejected = 0;
        for (const [i, seat] of seats.entries()) {
          const decided =
            outcome !== 'open' ? true : i >= roles.length - decidedCount;
          const verdict = rejectedRoles.includes(seat.role)
            ? 'rejected'
            : 'approved';
          let decidedBy: string | null = null;
          let decidedAt: string | null = null;
          let comment: string | null = null;
          if (decided) {
            decidedBy = decider(seat.role, seat.approver);
            decidedAt = lastAt = tick();
            comment =
              verdict === 'rejected'
                ? 'Driftsdokumentasjonen mangler rutiner for backup og gjenoppretting.'
                : null;
            if (verdict === 'approved') approved++;
            else rejected++;
            event(decidedAt, decidedBy, 'decided', {
              round: currentRound,
              role: seat.role,
              decision: verdict === 'approved' ? 'approve' : 'reject',
              ...(comment ? { comment } : {}),
            });
          }
          add(SEATS, {
            handover_id: id,
            round: currentRound,
            role: seat.role,
            approver: seat.approver,
            status: decided ? verdict : 'pending',
            decided_by: decidedBy,
            decided_at: decidedAt,
            comment,
            submitted_at: submittedAt,
          });
          if (
            !decided &&
            plan.owner === BENCH_USERS.submitter &&
            APPROVER_ROLES_OF_BENCH_APPROVER.includes(seat.role)
          ) {
            (plan.forBrowser
              ? generated.browserSeats
              : generated.decisionSeats
            ).push({
              id,
              round: currentRound,
              role: seat.role,
            });
          }
        }
        if (outcome !== 'open') {
          event(
            lastAt,
            decider(
              seats[seats.length - 1].role,
              seats[seats.length - 1].approver,
            ),
            'round_closed',
            {
              round: currentRound,
              status: outcome,
              approved,
              rejected,
            },
          );
        }
        add(ROUNDS, {
          handover_id: id,
          number: currentRound,
          status: outcome,
          revision,
          submitted_by: owner,
          submitted_at: submittedAt,
          closed_at: outcome === 'open' ? null : lastAt,
          message: currentRound > 1 ? 'Rettet etter avvisningen.' : null,
          optional_roles: JSON.stringify(optional),
        });
        status = outcome === 'open' ? 'in_review' : outcome;
        return rejectedRoles;
      };

      if (plan.status !== 'draft') {
        const firstRoles = [...FIXED_ROLES.map(r => r.id), ...optional];
        if (plan.status === 'rejected') {
          round(firstRoles, 'rejected');
        } else if (plan.reworked) {
          const again = round(firstRoles, 'rejected');
          save();
          round(again, plan.status === 'approved' ? 'approved' : 'open');
        } else {
          round(firstRoles, plan.status === 'approved' ? 'approved' : 'open');
        }
      }
      revisionRows.add(revision);
      for (const r of revisionRows) {
        add(REVISIONS, {
          handover_id: id,
          revision: r,
          document: documentText,
          created_by: owner,
          created_at: createdAt,
        });
      }
      add(HANDOVERS, {
        id,
        owner,
        entity_ref: entityRef,
        title,
        search_title: searchable(title),
        status,
        revision,
        current_round: currentRound,
        schema_version: Number(template.schemaVersion),
        document: documentText,
        created_at: createdAt,
        updated_at: iso(t),
        deleted_at: null,
      });
      if (plan.owner === BENCH_USERS.owner) generated.ownerHandovers.push(id);
      if (plan.owner === BENCH_USERS.writer)
        generated.writerDrafts.push({ id, revision });

      await flush(tx);
      if ((index + 1) % 10000 === 0) {
        log(`  ${index + 1} handovers`);
      }
    }
    await flush(tx, true);
  });

  // Planner statistics, as a database that has lived with the data would have.
  await db.raw('analyze');
  // Consecutive decisions go to different handovers, as they would when
  // many approvers work at once.
  const roleOrder = (role: string) =>
    APPROVER_ROLES_OF_BENCH_APPROVER.indexOf(role);
  generated.decisionSeats.sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  generated.seconds = (performance.now() - started) / 1000;
  return generated;
}
