import { http, HttpResponse } from 'msw';
import type {
  ApprovalItem,
  ApproverRole,
  Assignment,
  FormResponse,
  Handover,
  HandoverEvent,
  HandoverEventType,
  HandoverStatus,
  HandoverSummary,
  Round,
} from '@hemit/plugin-overlevering-common';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import { testForm } from './testForm';

/** The base URL the test clients are pointed at. */
export const TEST_BASE_URL = 'http://overlevering.test/api/overlevering';

/** The approver roles of domain.md, as the backend's defaults. */
export const defaultApproverRoles: ApproverRole[] = [...DEFAULT_APPROVER_ROLES];

function errorBody(status: number, name: string, message: string) {
  return HttpResponse.json(
    { error: { name, message }, response: { statusCode: status } },
    { status },
  );
}

/** The backend's default and largest page, as in its `maxPageSize`. */
const MAX_PAGE_SIZE = 100;

/** The order of the approvals inbox: oldest first, then handover, then seat. */
type ApprovalKey = [submittedAt: string, handoverId: string, role: string];

function approvalKey(item: ApprovalItem): ApprovalKey {
  return [item.submittedAt, item.handover.id, item.role];
}

function compareKeys(a: ApprovalKey, b: ApprovalKey): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// Opaque to the client, like the backend's: the key of the last item sent.
function encodeApprovalCursor(key: ApprovalKey): string {
  return btoa(encodeURIComponent(JSON.stringify(key)));
}

/** The key a cursor stands for, or null when it is not one of ours. */
function decodeApprovalCursor(cursor: string): ApprovalKey | null {
  try {
    const key = JSON.parse(decodeURIComponent(atob(cursor)));
    return Array.isArray(key) &&
      key.length === 3 &&
      key.every(part => typeof part === 'string')
      ? (key as ApprovalKey)
      : null;
  } catch {
    return null;
  }
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      doc,
    );
}

/**
 * An in-memory implementation of the backend contract (api.md) as msw
 * handlers, so component tests can create, save, submit and decide without a
 * backend. It keeps the contract's rules that users notice: compare-and-set
 * revisions (409), read-only while in review, rounds that go only to the seats
 * that rejected, rejection needing a comment, seats held by user or group.
 */
export class FakeOverleveringBackend {
  readonly handovers = new Map<string, Handover>();
  readonly events = new Map<string, HandoverEvent[]>();
  /**
   * Every saved document by handover id and revision, as the backend keeps
   * them: a round's snapshot is the document of the revision it decides on.
   */
  readonly revisions = new Map<string, Map<number, Record<string, unknown>>>();
  /** Counts requests by "METHOD path", so tests can see refetches. */
  readonly calls: string[] = [];
  user = 'user:default/kari.nordmann';
  groups: string[] = [];
  form: FormResponse = {
    ...testForm,
    approverRoles: defaultApproverRoles,
  };
  private nextId = 1;
  private clock = Date.parse('2026-11-20T08:00:00Z');

  constructor(private readonly baseUrl: string = TEST_BASE_URL) {}

  signIn(user: string, groups: string[] = []) {
    this.user = user;
    this.groups = groups;
  }

  private now() {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private record(
    id: string,
    type: HandoverEventType,
    data: Record<string, unknown> = {},
  ) {
    const list = this.events.get(id) ?? [];
    list.push({
      id: `${id}-${list.length + 1}`,
      at: this.now(),
      actor: this.user,
      type,
      data,
    });
    this.events.set(id, list);
  }

  /** Adds a handover directly, for tests that start in a given state. */
  seed(partial: Partial<Handover> & { document?: Record<string, unknown> }) {
    const id = partial.id ?? `h${this.nextId++}`;
    const at = this.now();
    const document = partial.document ?? {};
    const handover: Handover = {
      id,
      title: String(valueAt(document, 'bestilling.tittel') ?? ''),
      owner: this.user,
      status: 'draft',
      revision: 1,
      createdAt: at,
      updatedAt: at,
      rounds: [],
      ...partial,
      document,
    };
    this.handovers.set(id, this.withTally(handover));
    this.keepRevision(id, handover.revision, document);
    // Seeded rounds decide on the seeded document unless a test says otherwise.
    for (const round of handover.rounds) {
      if (!this.revisions.get(id)?.has(round.revision)) {
        this.keepRevision(id, round.revision, document);
      }
    }
    this.record(id, 'created');
    return this.handovers.get(id)!;
  }

  /** Stores the document of one revision, e.g. what an earlier round decided on. */
  keepRevision(
    id: string,
    revision: number,
    document: Record<string, unknown>,
  ) {
    const revisions = this.revisions.get(id) ?? new Map();
    revisions.set(revision, document);
    this.revisions.set(id, revisions);
  }

  private withTally(handover: Handover): Handover {
    const last = handover.rounds[handover.rounds.length - 1];
    const count = (status: Assignment['status']) =>
      last?.assignments.filter(a => a.status === status).length ?? 0;
    return {
      ...handover,
      title: String(valueAt(handover.document, 'bestilling.tittel') ?? ''),
      currentRound: last
        ? {
            number: last.number,
            status: last.status,
            pending: count('pending'),
            approved: count('approved'),
            rejected: count('rejected'),
          }
        : undefined,
    };
  }

  private summary(handover: Handover): HandoverSummary {
    const { document: _document, rounds: _rounds, ...summary } = handover;
    return summary;
  }

  private holds(approver: string) {
    return approver === this.user || this.groups.includes(approver);
  }

  /** Decides a seat as the current user, as an approver would. */
  private decide(
    handover: Handover,
    roundNumber: number,
    body: { role: string; decision: string; comment?: string },
  ) {
    const round = handover.rounds.find(r => r.number === roundNumber);
    if (!round) return errorBody(404, 'NotFoundError', 'No such round');
    if (round.status !== 'open') {
      return errorBody(409, 'ConflictError', 'The round is closed');
    }
    const seat = round.assignments.find(a => a.role === body.role);
    if (!seat || !this.holds(seat.approver)) {
      return errorBody(403, 'NotAllowedError', 'You do not hold this seat');
    }
    if (seat.status !== 'pending') {
      return errorBody(409, 'ConflictError', 'The seat has already decided');
    }
    if (body.decision === 'reject' && !body.comment?.trim()) {
      return errorBody(400, 'InputError', 'A rejection needs a comment');
    }
    seat.status = body.decision === 'approve' ? 'approved' : 'rejected';
    seat.decidedBy = this.user;
    seat.decidedAt = this.now();
    seat.comment = body.comment;
    this.record(handover.id, 'decided', {
      round: round.number,
      role: seat.role,
      decision: body.decision,
    });
    let status: HandoverStatus = handover.status;
    if (round.assignments.every(a => a.status !== 'pending')) {
      round.status = round.assignments.some(a => a.status === 'rejected')
        ? 'rejected'
        : 'approved';
      round.closedAt = this.now();
      status = round.status === 'approved' ? 'approved' : 'rejected';
      this.record(handover.id, 'round_closed', {
        round: round.number,
        status: round.status,
      });
    }
    this.handovers.set(
      handover.id,
      this.withTally({ ...handover, status, updatedAt: this.now() }),
    );
    return HttpResponse.json(round);
  }

  private submit(
    handover: Handover,
    body: { revision: number; optionalRoles: string[]; message?: string },
  ) {
    if (handover.owner !== this.user) {
      return errorBody(403, 'NotAllowedError', 'Only the owner may submit');
    }
    if (handover.status === 'in_review' || handover.status === 'approved') {
      return errorBody(
        409,
        'ConflictError',
        `The handover is ${handover.status}`,
      );
    }
    if (body.revision !== handover.revision) {
      return errorBody(
        409,
        'ConflictError',
        `Stale revision; the current revision is ${handover.revision}`,
      );
    }
    const missing = [
      ...this.form.requiredOnSubmit,
      ...this.form.approverRoles.flatMap(r => (r.field ? [r.field] : [])),
    ].filter(path => !valueAt(handover.document, path));
    if (missing.length > 0) {
      return errorBody(
        400,
        'InputError',
        `The handover cannot be submitted:\n${missing
          .map(path => `${path}: must be filled before submit`)
          .join('\n')}`,
      );
    }
    const previous = handover.rounds[handover.rounds.length - 1];
    const latest = new Map<string, Assignment>();
    for (const round of handover.rounds) {
      for (const a of round.assignments) {
        if (a.status !== 'withdrawn') latest.set(a.role, a);
      }
    }
    const roles = this.form.approverRoles.filter(role => {
      const decided = latest.get(role.id);
      if (decided?.status === 'approved') return false;
      if (role.kind === 'optional' && !body.optionalRoles.includes(role.id)) {
        return false;
      }
      return true;
    });
    const round: Round = {
      number: (previous?.number ?? 0) + 1,
      status: 'open',
      revision: handover.revision,
      submittedBy: this.user,
      submittedAt: this.now(),
      message: body.message,
      optionalRoles: body.optionalRoles,
      assignments: roles.map(role => ({
        role: role.id,
        approver: role.group ?? String(valueAt(handover.document, role.field!)),
        status: 'pending',
      })),
    };
    this.record(handover.id, 'submitted', { round: round.number });
    this.handovers.set(
      handover.id,
      this.withTally({
        ...handover,
        status: 'in_review',
        rounds: [...handover.rounds, round],
        updatedAt: this.now(),
      }),
    );
    return HttpResponse.json(round, { status: 201 });
  }

  get handlers() {
    const base = this.baseUrl;
    const find = (id: string) => this.handovers.get(id);
    return [
      http.all(`${base}/*`, ({ request }) => {
        const url = new URL(request.url);
        this.calls.push(
          `${request.method} ${url.pathname.replace(
            new URL(base).pathname,
            '',
          )}`,
        );
        return undefined;
      }),
      http.get(`${base}/form`, () => HttpResponse.json(this.form)),
      http.get(`${base}/handovers`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        const limit = Number(params.get('limit') ?? 20);
        const offset = Number(params.get('cursor') ?? 0);
        const q = params.get('q')?.toLowerCase();
        const all = [...this.handovers.values()]
          .filter(h => params.get('owner') !== 'me' || h.owner === this.user)
          .filter(
            h =>
              !params.get('entityRef') ||
              h.entityRef === params.get('entityRef'),
          )
          .filter(
            h => !params.get('status') || h.status === params.get('status'),
          )
          .filter(h => !q || h.title.toLowerCase().includes(q))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        const items = all
          .slice(offset, offset + limit)
          .map(h => this.summary(h));
        const next =
          offset + limit < all.length ? String(offset + limit) : undefined;
        return HttpResponse.json({ items, nextCursor: next });
      }),
      http.post(`${base}/handovers`, async ({ request }) => {
        const body = (await request.json()) as {
          entityRef?: string;
          document?: Record<string, unknown>;
        };
        const handover = this.seed({
          entityRef: body.entityRef,
          document: body.document ?? {},
          owner: this.user,
        });
        return HttpResponse.json(handover, { status: 201 });
      }),
      http.get(`${base}/handovers/:id`, ({ params }) => {
        const handover = find(String(params.id));
        return handover
          ? HttpResponse.json(handover)
          : errorBody(404, 'NotFoundError', 'No such handover');
      }),
      http.put(
        `${base}/handovers/:id/document`,
        async ({ params, request }) => {
          const handover = find(String(params.id));
          if (!handover)
            return errorBody(404, 'NotFoundError', 'No such handover');
          const body = (await request.json()) as {
            revision: number;
            document: Record<string, unknown>;
          };
          if (handover.owner !== this.user) {
            return errorBody(403, 'NotAllowedError', 'Only the owner may edit');
          }
          if (
            handover.status === 'in_review' ||
            handover.status === 'approved'
          ) {
            return errorBody(
              409,
              'ConflictError',
              `The handover is ${handover.status}`,
            );
          }
          if (body.revision !== handover.revision) {
            return errorBody(
              409,
              'ConflictError',
              `Stale revision; the current revision is ${handover.revision}`,
            );
          }
          const saved = this.withTally({
            ...handover,
            document: body.document,
            revision: handover.revision + 1,
            updatedAt: this.now(),
          });
          this.handovers.set(saved.id, saved);
          this.keepRevision(saved.id, saved.revision, saved.document);
          this.record(saved.id, 'saved', { revision: saved.revision });
          return HttpResponse.json(saved);
        },
      ),
      http.post(`${base}/handovers/:id/submit`, async ({ params, request }) => {
        const handover = find(String(params.id));
        if (!handover)
          return errorBody(404, 'NotFoundError', 'No such handover');
        return this.submit(handover, (await request.json()) as any);
      }),
      http.post(`${base}/handovers/:id/withdraw`, ({ params }) => {
        const handover = find(String(params.id));
        if (!handover)
          return errorBody(404, 'NotFoundError', 'No such handover');
        const round = handover.rounds[handover.rounds.length - 1];
        if (handover.status !== 'in_review' || !round) {
          return errorBody(409, 'ConflictError', 'No open round');
        }
        round.status = 'withdrawn';
        round.closedAt = this.now();
        for (const a of round.assignments) {
          if (a.status === 'pending') a.status = 'withdrawn';
        }
        const saved = this.withTally({
          ...handover,
          status: 'draft',
          updatedAt: this.now(),
        });
        this.handovers.set(saved.id, saved);
        this.record(saved.id, 'withdrawn', { round: round.number });
        return HttpResponse.json(saved);
      }),
      http.post(
        `${base}/handovers/:id/rounds/:number/decisions`,
        async ({ params, request }) => {
          const handover = find(String(params.id));
          if (!handover)
            return errorBody(404, 'NotFoundError', 'No such handover');
          return this.decide(
            handover,
            Number(params.number),
            (await request.json()) as any,
          );
        },
      ),
      http.get(
        `${base}/handovers/:id/rounds/:number/snapshot`,
        ({ params }) => {
          const handover = find(String(params.id));
          if (!handover)
            return errorBody(404, 'NotFoundError', 'No such handover');
          const round = handover.rounds.find(
            r => r.number === Number(params.number),
          );
          if (!round) return errorBody(404, 'NotFoundError', 'No such round');
          return HttpResponse.json({
            round: round.number,
            revision: round.revision,
            document:
              this.revisions.get(handover.id)?.get(round.revision) ?? {},
          });
        },
      ),
      http.get(`${base}/handovers/:id/history`, ({ params }) =>
        HttpResponse.json({ items: this.events.get(String(params.id)) ?? [] }),
      ),
      http.get(`${base}/handovers/:id/export`, ({ params, request }) => {
        const handover = find(String(params.id));
        if (!handover)
          return errorBody(404, 'NotFoundError', 'No such handover');
        const round = new URL(request.url).searchParams.get('round');
        return new HttpResponse(
          `# ${handover.title}\n\n${
            round ? `Runde ${round}\n\n` : ''
          }${JSON.stringify(handover.document)}\n`,
          { headers: { 'Content-Type': 'text/markdown' } },
        );
      }),
      http.get(`${base}/approvals`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        const limit = Math.min(
          Number(params.get('limit') ?? MAX_PAGE_SIZE),
          MAX_PAGE_SIZE,
        );
        if (!Number.isInteger(limit) || limit < 1) {
          return errorBody(400, 'InputError', 'Invalid limit');
        }
        const cursor = params.has('cursor')
          ? decodeApprovalCursor(params.get('cursor')!)
          : undefined;
        if (cursor === null) {
          return errorBody(400, 'InputError', 'Invalid cursor');
        }
        const items: ApprovalItem[] = [];
        for (const handover of this.handovers.values()) {
          for (const round of handover.rounds.filter(
            r => r.status === 'open',
          )) {
            for (const a of round.assignments) {
              if (a.status === 'pending' && this.holds(a.approver)) {
                items.push({
                  handover: this.summary(handover),
                  round: round.number,
                  role: a.role,
                  approver: a.approver,
                  submittedAt: round.submittedAt,
                });
              }
            }
          }
        }
        const after = items
          .sort((a, b) => compareKeys(approvalKey(a), approvalKey(b)))
          .filter(i => !cursor || compareKeys(approvalKey(i), cursor) > 0);
        const page = after.slice(0, limit);
        const nextCursor =
          after.length > limit
            ? encodeApprovalCursor(approvalKey(page[page.length - 1]))
            : undefined;
        return HttpResponse.json({ items: page, nextCursor });
      }),
    ];
  }
}
