import type { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ApprovalCount,
  ApprovalPage,
  ChangeOwnerRequest,
  CloseConditionRequest,
  Condition,
  ConditionInput,
  canCloseCondition,
  exitCriteria,
  conditionInputProblems,
  mayCarryConditions,
  CreateHandoverRequest,
  DecisionRecord,
  DecisionRequest,
  FieldError,
  FormResponse,
  Handover,
  handoverCreatePermission,
  handoverDecidePermission,
  HandoverEvent,
  HandoverListQuery,
  HandoverPage,
  HandoverStatus,
  handoverReadPermission,
  handoverUpdatePermission,
  planNextRound,
  roundsToCompare,
  approverRoleTitle,
  Round,
  tallyOf,
  isEditable,
  canWithdraw,
  changedSections,
  standingApprovals,
  canDiscard,
  DISCARDABLE_STATUSES,
  RoundSnapshot,
  SaveDocumentRequest,
  SubmitRequest,
  normalizeUserRef,
  samePerson,
  seatDecidedAs,
  userRefAt,
} from '@hemit/plugin-overlevering-common';
import {
  type FormExtension,
  getForm,
  getValueAtPath,
  FIXED_PATHS,
  Locale,
  migrateDocument,
  SCHEMA_VERSION,
  SECTION_IDS,
  type SectionId,
  toMarkdown,
  validateDocument,
} from '@hemit/overlevering-form-schema';
import { decisionRecordMarkdown } from '../audit/decisionRecordMarkdown';
import { followUpMarkdown } from '../audit/followUpMarkdown';
import { normenMarkdown } from '../audit/normenMarkdown';
import { normenPreconditions } from '../audit/normenPreconditions';
import { verifyDecisionRecord } from '../audit/verifyDecisionRecord';
import { importedFromMarkdown } from '../import/importedFromMarkdown';
import type { HandoverRecord, HandoverStore } from '../database/HandoverStore';
import type { HandoverAuthorizer } from '../permissions/authorize';
import { readFilterFor } from '../permissions/readFilter';
import type { HandoverResource } from '../permissions/rules';
import type { Caller } from './Caller';
import type { OverleveringConfig } from './config';
import { DocumentInvalidError } from './DocumentInvalidError';
import type { OutboxWorker } from './OutboxWorker';
import { EntityNames } from './EntityNames';
import { refusalTexts } from './refusalTexts';
import { assertServiceRef } from './serviceRef';

const DEFAULT_PAGE_SIZE = 20;

/** What a condition of an approval lacks, as a refusal names it. */
const conditionFieldText = {
  text: 'a text',
  followUp: 'a user who follows it up',
  due: 'a due date (YYYY-MM-DD)',
} as const;

/**
 * The workflow of a handover: who may do what, in which state, and what
 * follows. Speaks the domain; HTTP lives in the router, SQL in the store.
 *
 * @internal
 */
export class HandoverService {
  private readonly names: EntityNames;

  constructor(
    private readonly deps: {
      store: HandoverStore;
      config: OverleveringConfig;
      authorizer: HandoverAuthorizer;
      /** Tells people of a change once it is committed, without waiting. */
      outbox: Pick<OutboxWorker, 'deliverSoon'>;
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {
    this.names = new EntityNames(deps.catalog, deps.auth);
  }

  getForm(locale: Locale): FormResponse {
    const { formExtension: extension, extraFields } = this.deps.config;
    const form = getForm({ locale, extension });
    return {
      schemaVersion: form.schemaVersion,
      schema: form.schema,
      uiSchema: form.uiSchema,
      extraFields,
      approverRolesConfigured: this.deps.config.approverRolesConfigured,
      requiredOnSubmit: this.deps.config.requiredOnSubmit,
      approverRoles: this.deps.config.approverRoles,
      serviceKinds: this.deps.config.serviceKinds,
    };
  }

  async create(
    caller: Caller,
    request: CreateHandoverRequest,
  ): Promise<Handover> {
    await this.deps.authorizer.requireBasic(
      handoverCreatePermission,
      caller.credentials,
    );
    const document = validDraft(
      request.document ?? {},
      caller,
      this.deps.config.formExtension,
    );
    if (request.entityRef) {
      assertServiceRef(request.entityRef, this.deps.config.serviceKinds);
      const missing = await this.missingEntities([request.entityRef]);
      if (missing.length) {
        throw new InputError(
          `entityRef: ${request.entityRef} does not exist in the catalog`,
        );
      }
    }
    const record = await this.deps.store.createHandover({
      owner: caller.userRef,
      entityRef: request.entityRef,
      title: titleOf(document),
      schemaVersion: SCHEMA_VERSION,
      document,
    });
    this.deps.outbox.deliverSoon();
    return toHandover(record, []);
  }

  async list(caller: Caller, query: HandoverListQuery): Promise<HandoverPage> {
    const filter = await this.deps.authorizer.listFilter(
      handoverReadPermission,
      caller.credentials,
    );
    if (filter === false) {
      return { items: [] };
    }
    const limit = Math.min(
      query.limit ?? DEFAULT_PAGE_SIZE,
      this.deps.config.maxPageSize,
    );
    const page = await this.deps.store.listHandovers({
      owner: query.owner === 'me' ? caller.userRef : query.owner,
      entityRef: query.entityRef,
      status: query.status,
      q: query.q,
      limit,
      cursor: query.cursor,
      filter,
    });
    // An approved handover shows whether it is in follow-up or handed over.
    const phases = await this.deps.store.followUpPhases({
      ids: page.items.filter(h => h.status === 'approved').map(h => h.id),
    });
    return {
      ...page,
      items: page.items.map(item => {
        const phase = phases.get(item.id);
        return phase ? { ...item, phase } : item;
      }),
    };
  }

  async get(caller: Caller, id: string): Promise<Handover> {
    const { handover, rounds } = await this.readable(caller, id);
    const [conditions, followUp] = await Promise.all([
      this.deps.store.listConditions({ id }),
      this.deps.store.getFollowUp({ id }),
    ]);
    return {
      ...toHandover(handover, rounds),
      ...(conditions.length ? { conditions } : {}),
      ...(followUp
        ? {
            phase: followUp.phase,
            followUp: {
              ...followUp,
              criteria: exitCriteria(
                handover.document,
                conditions,
                followUp.met,
              ),
            },
          }
        : {}),
    };
  }

  async save(
    caller: Caller,
    id: string,
    request: SaveDocumentRequest,
  ): Promise<Handover> {
    const { handover, rounds } = await this.ownedForUpdate(caller, id);
    const document = validDraft(
      request.document,
      caller,
      this.deps.config.formExtension,
    );
    assertCurrentRevision(handover, request.revision);
    const sections = changedSections(handover.document, document, SECTION_IDS);
    // Opening a section or leaving the form may send what is already stored;
    // that is no new revision and nothing for the history.
    if (sections.length === 0 && handover.schemaVersion === SCHEMA_VERSION) {
      const same = await this.deps.store.confirmRevision({
        id,
        revision: request.revision,
      });
      return toHandover(same, rounds);
    }
    const saved = await this.deps.store.saveDocument({
      id,
      revision: request.revision,
      actor: caller.userRef,
      title: titleOf(document),
      schemaVersion: SCHEMA_VERSION,
      document,
      changedSections: sections,
    });
    this.deps.outbox.deliverSoon();
    return toHandover(saved, rounds);
  }

  async submit(
    caller: Caller,
    id: string,
    request: SubmitRequest,
  ): Promise<Round> {
    const { handover, rounds } = await this.ownedForUpdate(caller, id);
    const optionalRoles = [...new Set(request.optionalRoles)];
    if (!isEditable(handover.status)) {
      throw new ConflictError(notEditableReason(handover.status));
    }
    assertCurrentRevision(handover, request.revision);
    const { approverRoles, requiredOnSubmit } = this.deps.config;
    const unknown = optionalRoles.filter(
      r =>
        !approverRoles.some(role => role.id === r && role.kind === 'optional'),
    );
    if (unknown.length) {
      throw new InputError(
        `optionalRoles: not optional approver roles: ${unknown.join(', ')}`,
      );
    }
    const texts = refusalTexts(caller.locale);
    const checked = validateDocument(handover.document, {
      profile: 'submit',
      requiredOnSubmit,
      locale: caller.locale,
      extension: this.deps.config.formExtension,
    });
    if (!checked.valid) {
      throw refusal(texts.documentInvalid, checked.errors);
    }
    const roles = planNextRound({
      roles: approverRoles,
      rounds,
      optionalRoles,
      document: handover.document,
      snapshots: await this.snapshotsOf(
        id,
        rounds,
        roundsToCompare({ roles: approverRoles, rounds }),
      ),
    }).seats.map(seat => seat.role);
    if (roles.length === 0) {
      throw new InputError('There are no approver seats to ask');
    }
    const seats = roles.map(role => ({
      role: role.id,
      title: approverRoleTitle(role, caller.locale ?? 'nb'),
      field: role.field,
      approver: role.group ?? userRefAt(handover.document, role.field!),
    }));
    const asked = seats.filter(
      (s): s is typeof s & { approver: string } => s.approver !== undefined,
    );
    const missing = new Set(
      await this.missingEntities(asked.map(s => s.approver)),
    );
    // Four eyes: where the owner may not approve her own handover, no person
    // seat may name her.
    const ownSeats = this.deps.config.allowSelfApproval
      ? []
      : seats.filter(s => s.field && samePerson(s.approver, handover.owner));
    const problems = seats
      .filter(s => s.approver === undefined || missing.has(s.approver))
      .map(
        (s): FieldError =>
          s.field
            ? { path: s.field, message: texts.seatNeedsUser({ role: s.title }) }
            : {
                path: '',
                message: texts.seatGroupMissing({
                  role: s.title,
                  group: parseEntityRef(s.approver!).name,
                }),
              },
      )
      .concat(
        ownSeats.map(s => ({
          path: s.field!,
          message: texts.seatIsOwner({ role: s.title }),
        })),
      );
    if (problems.length) {
      throw refusal(texts.seatsUnresolvable, problems);
    }
    const round = await this.deps.store.openRound({
      id,
      revision: request.revision,
      round: handover.currentRound + 1,
      actor: caller.userRef,
      message: request.message?.trim() || undefined,
      optionalRoles,
      seats: asked.map(s => ({ role: s.role, approver: s.approver })),
    });
    this.deps.outbox.deliverSoon();
    return round;
  }

  async withdraw(caller: Caller, id: string): Promise<Handover> {
    const { handover } = await this.ownedForUpdate(caller, id);
    if (!canWithdraw(handover.status)) {
      throw new ConflictError('There is no open round to withdraw');
    }
    await this.deps.store.withdrawRound({
      id,
      round: handover.currentRound,
      actor: caller.userRef,
    });
    const after = await this.deps.store.getHandover({ id });
    const result = toHandover(after!.handover, after!.rounds);
    this.deps.outbox.deliverSoon();
    return result;
  }

  async decide(
    caller: Caller,
    id: string,
    roundNumber: number,
    request: DecisionRequest,
  ): Promise<Round> {
    const comment = request.comment?.trim();
    if (request.decision === 'reject' && !comment) {
      throw new InputError(
        'comment: a rejection must say what must be improved',
      );
    }
    const sections = rejectedSections(request);
    const conditions = await this.conditionsOf(request);
    // Reading the handover and deciding on it: one round trip for both.
    this.deps.authorizer.askTogether(
      [handoverReadPermission, handoverDecidePermission],
      caller.credentials,
    );
    const { handover, rounds } = await this.readable(caller, id);
    const round = rounds.find(r => r.number === roundNumber);
    if (!round) {
      throw new NotFoundError(`Handover ${id} has no round ${roundNumber}`);
    }
    const seat = round.seats.find(a => a.role === request.role);
    if (!seat) {
      throw new NotFoundError(
        `Role '${request.role}' has no seat in round ${roundNumber}`,
      );
    }
    const decidedAs = seatDecidedAs(seat.approver, caller);
    if (!decidedAs.may) {
      throw new NotAllowedError(`You do not hold the seat '${request.role}'`);
    }
    const onBehalfOf = decidedAs.onBehalfOf;
    if (
      !this.deps.config.allowSelfApproval &&
      handover.owner === caller.userRef
    ) {
      throw new NotAllowedError(
        'The owner may not decide on their own handover',
      );
    }
    const allowed = await this.deps.authorizer.isAllowed(
      handoverDecidePermission,
      standingIn(resourceOf(handover, rounds), caller, onBehalfOf),
      caller.credentials,
    );
    if (!allowed) {
      throw new NotAllowedError('Not allowed: overlevering.handover.decide');
    }
    if (round.status !== 'open') {
      throw new ConflictError(
        `Round ${roundNumber} is ${round.status} and takes no decisions`,
      );
    }
    const outcome = await this.deps.store.decide({
      id,
      round: roundNumber,
      role: request.role,
      decision: request.decision,
      comment: request.decision === 'reject' ? comment : comment || undefined,
      sections,
      expectedSnapshotHash: request.snapshotHash,
      conditions,
      followUpDays: this.deps.config.followUpDays,
      actor: caller.userRef,
      ...(onBehalfOf ? { onBehalfOf } : {}),
    });
    this.deps.outbox.deliverSoon();
    return outcome.round;
  }

  /**
   * Closes a condition of an approval "med forbehold". Only the person who
   * follows it up and the approver who set it may; anyone else who may read
   * the handover is refused, and to anyone else it does not exist.
   */
  async closeCondition(
    caller: Caller,
    id: string,
    conditionId: string,
    request: CloseConditionRequest,
  ): Promise<Condition> {
    const comment = request.comment.trim();
    if (!comment) {
      throw new InputError('comment: say how the condition was met');
    }
    await this.readable(caller, id);
    const condition = (await this.deps.store.listConditions({ id })).find(
      c => c.id === conditionId,
    );
    if (!condition) {
      throw new NotFoundError(`Handover ${id} has no condition ${conditionId}`);
    }
    if (!canCloseCondition({ ...condition, status: 'open' }, caller.userRef)) {
      throw new NotAllowedError(
        'Only the person who follows the condition up or the approver who set it may close it',
      );
    }
    const closed = await this.deps.store.closeCondition({
      id,
      conditionId,
      comment,
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return closed;
  }

  /**
   * The conditions of an approval "med forbehold", each followed up by a
   * person the catalog knows; a rejection carries none.
   */
  private async conditionsOf(
    request: DecisionRequest,
  ): Promise<ConditionInput[] | undefined> {
    const given = request.conditions ?? [];
    if (given.length === 0) {
      return undefined;
    }
    if (!mayCarryConditions(request.decision)) {
      throw new InputError('conditions: only an approval carries conditions');
    }
    const problems = conditionInputProblems(given);
    if (problems.length > 0) {
      throw new InputError(
        `conditions: ${problems
          .map(
            p =>
              `condition ${p.index + 1} needs ${conditionFieldText[p.field]}`,
          )
          .join('; ')}`,
      );
    }
    const conditions = given.map(c => ({
      text: c.text.trim(),
      followUp: normalizeUserRef(c.followUp)!,
      due: c.due,
    }));
    const unknown = await this.missingEntities(conditions.map(c => c.followUp));
    if (unknown.length > 0) {
      throw new InputError(
        `conditions: ${unknown.join(', ')} is not a user in the catalog`,
      );
    }
    return conditions;
  }

  async delete(caller: Caller, id: string): Promise<void> {
    await this.ownedForUpdate(caller, id);
    await this.deps.store.deleteHandover({ id, actor: caller.userRef });
    this.deps.outbox.deliverSoon();
  }

  /** The owner gives the handover up; it stays, final, with its history. */
  async discard(caller: Caller, id: string): Promise<Handover> {
    const { handover, rounds } = await this.ownedForUpdate(caller, id);
    if (!canDiscard(handover.status)) {
      throw new ConflictError(
        `The handover is ${handover.status} and cannot be discarded`,
      );
    }
    const discarded = await this.deps.store.discardHandover({
      id,
      from: DISCARDABLE_STATUSES,
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return toHandover(discarded, rounds);
  }

  async changeOwner(
    caller: Caller,
    id: string,
    request: ChangeOwnerRequest,
  ): Promise<Handover> {
    const { rounds } = await this.ownedForUpdate(caller, id);
    const owner = normalizeUserRef(request.owner);
    if (!owner || (await this.missingEntities([owner])).length) {
      throw new InputError(
        `owner: ${request.owner} is not a user in the catalog`,
      );
    }
    const changed = await this.deps.store.changeOwner({
      id,
      expectedOwner: caller.userRef,
      owner,
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return toHandover(changed, rounds);
  }

  async history(caller: Caller, id: string): Promise<HandoverEvent[]> {
    await this.readable(caller, id);
    return this.deps.store.listEvents({ id });
  }

  /** The document exactly as round `number` was asked to decide on it. */
  async snapshot(
    caller: Caller,
    id: string,
    number: number,
  ): Promise<RoundSnapshot> {
    const { rounds } = await this.readable(caller, id);
    const round = rounds.find(r => r.number === number);
    if (!round) {
      throw new NotFoundError(`Handover ${id} has no round ${number}`);
    }
    const document = await this.deps.store.getRevision({
      id,
      revision: round.revision,
    });
    return {
      round: number,
      revision: round.revision,
      document: migrateDocument(document) as Record<string, unknown>,
    };
  }

  async exportMarkdown(
    caller: Caller,
    id: string,
    options: { round?: number; locale: Locale },
  ): Promise<string> {
    const { handover, rounds } = await this.readable(caller, id);
    let document: unknown = handover.document;
    if (options.round !== undefined) {
      const round = rounds.find(r => r.number === options.round);
      if (!round) {
        throw new NotFoundError(`Handover ${id} has no round ${options.round}`);
      }
      document = migrateDocument(
        await this.deps.store.getRevision({ id, revision: round.revision }),
      );
    }
    let markdown = toMarkdown(document, {
      locale: options.locale,
      extension: this.deps.config.formExtension,
      entityName: await this.names.forDocument(document),
    });
    if (options.round === undefined) {
      // An item of the old SharePoint list says where it came from.
      const imported = await this.importedFrom(id, options.locale);
      if (imported) markdown = `${markdown.trimEnd()}\n\n${imported}`;
    }
    if (options.round !== undefined || handover.status !== 'approved') {
      return markdown;
    }
    // An approved handover's export is its record: what was decided, by
    // whom, on exactly which content, and whether that still holds.
    // After it, the record laid beside Normen's fact sheet 20b.
    const record = await this.recordOf(id);
    // What followed the approval: its conditions and the follow-up.
    const { conditions = [], followUp } = await this.get(caller, id);
    const named = await this.names.forDocument([
      record.rounds,
      document,
      conditions,
      followUp,
    ]);
    const name = (ref: string) => named(ref) ?? parseEntityRef(ref).name;
    const context = {
      locale: options.locale,
      roles: this.deps.config.approverRoles,
      name,
    };
    const followed = followUpMarkdown(followUp, conditions, context);
    return [
      markdown.trimEnd(),
      decisionRecordMarkdown(record, context).trimEnd(),
      ...(followed ? [followed] : []),
      normenMarkdown(normenPreconditions(document, record.rounds), {
        ...context,
        verified: record.verified,
      }),
    ].join('\n\n');
  }

  /**
   * The decision record of a handover for an auditor, checked against what
   * is stored.
   */
  async decisionRecord(caller: Caller, id: string): Promise<DecisionRecord> {
    await this.readable(caller, id);
    return this.recordOf(id);
  }

  /** Where an imported handover came from, as Markdown; '' for any other. */
  private async importedFrom(id: string, locale: Locale): Promise<string> {
    const events = await this.deps.store.listEvents({ id });
    const imports = events.filter(event => event.type === 'imported');
    if (imports.length === 0) return '';
    const name = await this.names.forDocument(imports);
    return importedFromMarkdown(events, {
      locale,
      name: ref => name(ref) ?? parseEntityRef(ref).name,
    });
  }

  private async recordOf(id: string): Promise<DecisionRecord> {
    const trail = await this.deps.store.getDecisionTrail({ id });
    return verifyDecisionRecord({ handoverId: id, ...trail });
  }

  async approvals(
    caller: Caller,
    options: { limit?: number; cursor?: string },
  ): Promise<ApprovalPage> {
    const page = await this.deps.store.listPendingApprovals({
      approvers: seatsDecidedBy(caller),
      limit: Math.min(
        options.limit ?? this.deps.config.maxPageSize,
        this.deps.config.maxPageSize,
      ),
      cursor: options.cursor,
    });
    // A seat the caller has only as deputy is marked with whose it is.
    return {
      ...page,
      items: page.items.map(item => {
        const decided = seatDecidedAs(item.approver, caller);
        return decided.may && decided.onBehalfOf
          ? { ...item, onBehalfOf: decided.onBehalfOf }
          : item;
      }),
    };
  }

  /** How many seats wait for the caller or their groups. */
  async approvalCount(caller: Caller): Promise<ApprovalCount> {
    return {
      pending: await this.deps.store.countPendingApprovals({
        approvers: seatsDecidedBy(caller),
      }),
    };
  }

  /** The documents the given rounds decided on, by round number. */
  private async snapshotsOf(
    id: string,
    rounds: Round[],
    numbers: number[],
  ): Promise<Map<number, Record<string, unknown>>> {
    const snapshots = new Map<number, Record<string, unknown>>();
    for (const number of numbers) {
      const round = rounds.find(r => r.number === number)!;
      const document = await this.deps.store.getRevision({
        id,
        revision: round.revision,
      });
      snapshots.set(
        number,
        migrateDocument(document) as Record<string, unknown>,
      );
    }
    return snapshots;
  }

  /**
   * The handover if the caller may read it; otherwise it looks absent. Who
   * may read is part of the query, so a handover the caller may not read
   * costs what a missing one does and the time of the answer does not tell
   * that it exists. The owner's own is found by the first query.
   */
  private async readable(caller: Caller, id: string) {
    const found =
      (await this.deps.store.getHandover({
        id,
        filter: { owner: [caller.userRef] },
      })) ??
      (await this.deps.store.getHandover({
        id,
        filter: readFilterFor(
          caller.userRef,
          await this.deps.authorizer.listFilter(
            handoverReadPermission,
            caller.credentials,
          ),
        ),
      })) ??
      // A deputy reads what the absent person holds a seat in, while the
      // absence lasts: the seats are theirs to decide.
      (caller.standsInFor?.length
        ? await this.deps.store.getHandover({
            id,
            filter: { seatHolder: caller.standsInFor },
          })
        : undefined) ??
      // Whoever follows up a condition of an approval reads the handover it
      // belongs to, to see what was asked and close it.
      (await this.deps.store.getHandover({
        id,
        filter: { conditionFollowUp: [caller.userRef] },
      }));
    if (!found) {
      throw new NotFoundError(`No handover with id ${id}`);
    }
    const document = migrateDocument(found.handover.document) as Record<
      string,
      unknown
    >;
    return { handover: { ...found.handover, document }, rounds: found.rounds };
  }

  /** The handover if the caller owns it and the policy lets them update it. */
  private async ownedForUpdate(caller: Caller, id: string) {
    const found = await this.readable(caller, id);
    if (found.handover.owner !== caller.userRef) {
      throw new NotAllowedError('Only the owner of the handover may change it');
    }
    const allowed = await this.deps.authorizer.isAllowed(
      handoverUpdatePermission,
      resourceOf(found.handover, found.rounds),
      caller.credentials,
    );
    if (!allowed) {
      throw new NotAllowedError('Not allowed: overlevering.handover.update');
    }
    return found;
  }

  /** The refs among `refs` that the catalog does not know. */
  private async missingEntities(refs: string[]): Promise<string[]> {
    if (refs.length === 0) {
      return [];
    }
    const unique = [...new Set(refs)];
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: unique, fields: ['kind', 'metadata.name'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return unique.filter((_, i) => !items[i]);
  }
}

/**
 * The sections a rejection points at, in form order. Only a rejection points
 * at sections: an approval that names any is refused rather than stored with
 * a meaning nobody reads.
 */
function rejectedSections(request: DecisionRequest): SectionId[] | undefined {
  const named: readonly string[] = request.sections ?? [];
  if (named.length === 0) {
    return undefined;
  }
  if (request.decision !== 'reject') {
    throw new InputError('sections: only a rejection points at sections');
  }
  const unknown = named.filter(id => !SECTION_IDS.includes(id as SectionId));
  if (unknown.length > 0) {
    throw new InputError(
      `sections: the form has no section ${unknown.join(
        ', ',
      )}; its sections are ${SECTION_IDS.join(', ')}`,
    );
  }
  return SECTION_IDS.filter(id => named.includes(id));
}

/** Why a handover in `status` can be neither edited nor submitted. */
function notEditableReason(status: HandoverStatus): string {
  if (status === 'approved') return 'The handover is already approved';
  if (status === 'discarded') return 'The handover is discarded';
  return 'A round is already open';
}

function titleOf(document: unknown): string {
  const title = getValueAtPath(document, FIXED_PATHS.title);
  return typeof title === 'string' ? title : '';
}

/** The document if it is a valid draft; else refused in the caller's language. */
function validDraft(
  input: unknown,
  caller: Caller,
  extension: FormExtension,
): Record<string, unknown> {
  const result = validateDocument(input, {
    profile: 'draft',
    locale: caller.locale,
    extension,
  });
  if (!result.valid) {
    throw refusal(refusalTexts(caller.locale).documentInvalid, result.errors);
  }
  return result.document as Record<string, unknown>;
}

/**
 * A refused document: its problems as data, and in the message as well for
 * logs and for clients that show only the message.
 */
function refusal(lead: string, errors: FieldError[]): DocumentInvalidError {
  return new DocumentInvalidError(
    `${lead}: ${errors
      .map(e => (e.path ? `${e.path}: ${e.message}` : e.message))
      .join('; ')}`,
    errors,
  );
}

function approversOf(rounds: Round[]): string[] {
  return [...new Set(rounds.flatMap(r => r.seats.map(a => a.approver)))];
}

function resourceOf(
  handover: HandoverRecord,
  rounds: Round[],
): HandoverResource {
  return {
    id: handover.id,
    owner: handover.owner,
    approvers: approversOf(rounds),
  };
}

/** The refs whose seats the caller decides: their own, and as deputy. */
function seatsDecidedBy(caller: Caller): string[] {
  return [...caller.holderRefs, ...(caller.standsInFor ?? [])];
}

/**
 * The handover as the policy is asked about it for a deputy: while the
 * absence lasts the deputy holds the absent person's seats, so the deputy
 * counts among the seat holders.
 */
function standingIn(
  resource: HandoverResource,
  caller: Caller,
  onBehalfOf: string | undefined,
): HandoverResource {
  return onBehalfOf
    ? { ...resource, approvers: [...resource.approvers, caller.userRef] }
    : resource;
}

function toHandover(record: HandoverRecord, rounds: Round[]): Handover {
  const current =
    record.currentRound > 0
      ? rounds.find(r => r.number === record.currentRound)
      : undefined;
  return {
    id: record.id,
    title: record.title,
    ...(record.entityRef ? { entityRef: record.entityRef } : {}),
    owner: record.owner,
    status: record.status,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(current ? { currentRound: tallyOf(current) } : {}),
    ...(record.status === 'approved'
      ? { approvedSeats: standingApprovals(rounds).length }
      : {}),
    document: record.document,
    rounds,
  };
}

/**
 * An action on a document names the revision it was based on; any other than
 * the stored one is stale. Checked before the store (whose compare-and-set
 * still decides races), so that a number past the column's range never
 * reaches the database.
 */
function assertCurrentRevision(
  handover: { revision: number },
  revision: number,
): void {
  if (handover.revision !== revision) {
    throw new ConflictError(
      `Revision ${revision} is stale; the current revision is ${handover.revision}`,
    );
  }
}
