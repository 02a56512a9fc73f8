import type { FromSchema } from 'json-schema-to-ts';
import type { spec } from './schema/openapi.generated';

// Every type that travels over HTTP is derived from the OpenAPI document
// (src/schema/openapi.yaml), the same document the backend's router validates
// requests against: change the YAML, run `node scripts/generate-openapi.js`,
// and the types follow.

/**
 * The type of the backend's OpenAPI document, as `spec` holds it.
 *
 * @public
 */
export type OverleveringApiDocument = typeof spec;

/**
 * The schemas of the OpenAPI document, by name.
 *
 * @public
 */
export type OverleveringWireSchemas =
  OverleveringApiDocument['components']['schemas'];

/**
 * The type of `components.schemas[Name]` of the OpenAPI document, with every
 * `$ref` resolved.
 *
 * @public
 */
export type WireType<Name extends keyof OverleveringWireSchemas & string> =
  FromSchema<{
    $ref: `#/components/schemas/${Name}`;
    components: OverleveringApiDocument['components'];
  }>;

/**
 * The query parameters of an operation of the OpenAPI document, each
 * optional, as the strings they are in the URL.
 *
 * @public
 */
export type QueryOf<Parameters> = Parameters extends readonly (infer P)[]
  ? {
      [Q in Extract<
        P,
        { in: 'query'; name: string }
      > as Q['name']]?: Q extends {
        schema: infer S extends { type: 'string' };
      }
        ? FromSchema<S>
        : never;
    }
  : never;

/**
 * The status of a handover, as "Mine overleveringer" shows it.
 *
 * @public
 */
export type HandoverStatus = WireType<'HandoverStatus'>;

/** @public */
export type RoundStatus = WireType<'RoundStatus'>;

/** @public */
export type SeatStatus = Seat['status'];

/** @public */
export type DecisionKind = DecisionRequest['decision'];

/**
 * A named seat that must approve a handover.
 *
 * `group` is a group entity ref whose members hold the seat; `field` is a
 * dotted path in the document that holds a user entity ref.
 *
 * @public
 */
export type ApproverRole = WireType<'ApproverRole'>;

/** @public */
export type RoundTally = WireType<'RoundTally'>;

/** @public */
export type HandoverSummary = WireType<'HandoverSummary'>;

/** @public */
export type Seat = WireType<'Seat'>;

/** @public */
export type Round = WireType<'Round'>;

/** A handover summary with its document and every round. @public */
export type Handover = WireType<'Handover'>;

/** @public */
export type ApprovalItem = WireType<'ApprovalItem'>;

/** The answer of `GET /approvals`. @public */
export type ApprovalPage = WireType<'ApprovalPage'>;

/** The answer of `GET /approvals/count`. @public */
export type ApprovalCount = WireType<'ApprovalCount'>;

/** @public */
export type HandoverEvent = WireType<'HandoverEvent'>;

/** @public */
export type HandoverEventType = HandoverEvent['type'];

/** The answer of `GET /handovers/:id/history`. @public */
export type HandoverHistory = WireType<'HandoverHistory'>;

/**
 * The answer of `GET /handovers/:id/audit`: every round and decision with
 * the hashes of what was decided on, and whether the record verifies.
 *
 * @public
 */
export type DecisionRecord = WireType<'DecisionRecord'>;

/** Where a decision record does not hold. @public */
export type BrokenLink = WireType<'BrokenLink'>;

/** The answer of `GET /form`. @public */
export type FormResponse = WireType<'FormResponse'>;

/** The answer of `GET /handovers`. @public */
export type HandoverPage = WireType<'HandoverPage'>;

/**
 * The filters and the page of `GET /handovers`: its query parameters, with
 * `limit` as a number and `status` as one status. `owner: 'me'` lists the
 * caller's own handovers.
 *
 * @public
 */
export type HandoverListQuery = Omit<
  QueryOf<OverleveringApiDocument['paths']['/handovers']['get']['parameters']>,
  'limit' | 'status'
> & {
  limit?: number;
  status?: HandoverStatus;
};

/** @public */
export type CreateHandoverRequest = WireType<'CreateHandoverRequest'>;

/** @public */
export type SaveDocumentRequest = WireType<'SaveDocumentRequest'>;

/** @public */
export type SubmitRequest = WireType<'SubmitRequest'>;

/** @public */
export type DecisionRequest = WireType<'DecisionRequest'>;

/**
 * The answer of `GET /handovers/:id/rounds/:number/snapshot`: the document
 * exactly as round `round` was asked to decide on it.
 *
 * @public
 */
export type RoundSnapshot = WireType<'RoundSnapshot'>;

/**
 * What the service desk needs from a handover, by topic; an answer the
 * document does not hold is absent.
 *
 * @public
 */
export type OperationsInfo = WireType<'OperationsInfo'>;

/**
 * The answer of `GET /services/:namespace/:kind/:name/operations-info`: the
 * service's latest approved handover and its operations information.
 *
 * @public
 */
export type ServiceOperationsInfo = WireType<'ServiceOperationsInfo'>;

/** The body of `PUT /handovers/:id/owner`. @public */
export type ChangeOwnerRequest = WireType<'ChangeOwnerRequest'>;

/**
 * The body of every refusal: Backstage's error shape, with the problems of
 * a refused document in `error.errors`.
 *
 * @public
 */
export type ErrorBody = WireType<'Error'>;

/**
 * One problem of a refused document: the dotted path of its field (empty
 * when it belongs to none) and a message in the request's language.
 *
 * @public
 */
export type FieldError = WireType<'FieldError'>;

/**
 * A handover as Backstage search indexes it: names and texts for people,
 * and where its page is.
 *
 * @public
 */
export type HandoverSearchDocument = WireType<'HandoverSearchDocument'>;

/** The answer of `GET /search/documents`. @public */
export type HandoverSearchDocumentPage = WireType<'HandoverSearchDocumentPage'>;

/** The answer of `GET /me/draft-key`. @public */
export type DraftKey = WireType<'DraftKey'>;

/** What became of one item of an imported SharePoint list. @public */
export type ImportRow = WireType<'ImportRow'>;

/** The answer of `POST /import`. @public */
export type ImportReport = WireType<'ImportReport'>;

/** A condition of an approval "med forbehold". @public */
export type Condition = WireType<'Condition'>;

/** One condition as an approver sets it with `approve`. @public */
export type ConditionInput = WireType<'ConditionInput'>;

/** The body of `POST /handovers/:id/conditions/:conditionId/close`. @public */
export type CloseConditionRequest = WireType<'CloseConditionRequest'>;

/** A period a person is away, and their deputy (stedfortreder). @public */
export type Absence = WireType<'Absence'>;

/**
 * A change whose notifications and signals were given up on, for an
 * administrator to see and retry.
 *
 * @public
 */
export type ParkedDelivery = WireType<'ParkedDelivery'>;

/** @public */
export type ParkedDeliveryList = WireType<'ParkedDeliveryList'>;

/** The answer of `GET /absences/mine`. @public */
export type MyAbsences = WireType<'MyAbsences'>;

/** The body of `POST /absences`. @public */
export type CreateAbsenceRequest = WireType<'CreateAbsenceRequest'>;

/** The follow-up of an approved handover. @public */
export type FollowUp = WireType<'FollowUp'>;

/** The body of `POST /handovers/:id/follow-up/confirm`. @public */
export type ConfirmFollowUpRequest = WireType<'ConfirmFollowUpRequest'>;

/** The body of `POST /handovers/:id/follow-up/hand-over`. @public */
export type HandOverRequest = WireType<'HandOverRequest'>;

/** The body of `POST /handovers/:id/follow-up/extend`. @public */
export type ExtendFollowUpRequest = WireType<'ExtendFollowUpRequest'>;
