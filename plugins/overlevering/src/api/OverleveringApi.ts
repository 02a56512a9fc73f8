import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Absence,
  ParkedDeliveryList,
  ApprovalCount,
  ApprovalPage,
  CloseConditionRequest,
  Condition,
  ConfirmFollowUpRequest,
  ExtendFollowUpRequest,
  HandOverRequest,
  DraftKey,
  CreateAbsenceRequest,
  CreateHandoverRequest,
  DecisionRequest,
  FormResponse,
  Handover,
  HandoverHistory,
  HandoverListQuery,
  HandoverPage,
  ImportReport,
  MyAbsences,
  Round,
  RoundSnapshot,
  SaveDocumentRequest,
  ServiceOperationsInfo,
  SubmitRequest,
} from '@hemit/plugin-overlevering-common';

/**
 * The Overlevering backend as the frontend sees it (see the backend contract).
 *
 * Every method throws a `ResponseError` from `@backstage/errors` when the
 * backend refuses the request; its `statusCode` tells 400, 403, 404 and 409
 * apart, and a refused document's problems are read with `problemsOf`.
 *
 * @public
 */
export interface OverleveringApi {
  getForm(): Promise<FormResponse>;
  listHandovers(query?: HandoverListQuery): Promise<HandoverPage>;
  getHandover(id: string): Promise<Handover>;
  createHandover(request: CreateHandoverRequest): Promise<Handover>;
  saveDocument(id: string, request: SaveDocumentRequest): Promise<Handover>;
  submit(id: string, request: SubmitRequest): Promise<Round>;
  withdraw(id: string): Promise<Handover>;
  /** The owner gives the handover up: it becomes `discarded`, kept, final. */
  discard(id: string): Promise<Handover>;
  decide(id: string, round: number, request: DecisionRequest): Promise<Round>;
  /**
   * Closes a condition of an approval "med forbehold": for the person who
   * follows it up and the approver who set it.
   */
  closeCondition(
    id: string,
    conditionId: string,
    request: CloseConditionRequest,
  ): Promise<Condition>;
  /** The owner or Hemithjelp confirms the follow-up after approval. */
  confirmFollowUp(
    id: string,
    request: ConfirmFollowUpRequest,
  ): Promise<Handover>;
  /** Hemithjelp closes the follow-up as "Overlevert til drift". */
  handOver(id: string, request: HandOverRequest): Promise<Handover>;
  /** Hemithjelp extends the follow-up, with a reason. */
  extendFollowUp(id: string, request: ExtendFollowUpRequest): Promise<Handover>;
  getHistory(id: string): Promise<HandoverHistory>;
  /** The document exactly as round `round` decides on it. */
  getRoundSnapshot(id: string, round: number): Promise<RoundSnapshot>;
  /** The Markdown of the current document, or of round `round`'s snapshot. */
  exportMarkdown(id: string, options?: { round?: number }): Promise<string>;
  /**
   * What the latest approved handover of the service `entityRef` says about
   * running it, for the service desk; a `ResponseError` with 404 when the
   * service has no approved handover the user may read.
   */
  getOperationsInfo(entityRef: string): Promise<ServiceOperationsInfo>;
  /** The same as Markdown, for the service desk's knowledge base. */
  exportOperationsInfo(entityRef: string): Promise<string>;
  /**
   * One page of the seats waiting for the user and the user's groups, oldest
   * first. `nextCursor` is set only when more follow; pass it as `cursor` to
   * get the next page.
   */
  listApprovals(options?: {
    limit?: number;
    cursor?: string;
  }): Promise<ApprovalPage>;

  /** How many seats wait for the user and the user's groups. */
  countApprovals(): Promise<ApprovalCount>;

  /**
   * The signed-in person's absences that have not ended, and those of others
   * they are the deputy (stedfortreder) in.
   */
  listMyAbsences(): Promise<MyAbsences>;

  /** Registers an absence of the signed-in person, with a deputy. */
  createAbsence(request: CreateAbsenceRequest): Promise<Absence>;

  /** Ends an absence of the signed-in person now. */
  endAbsence(id: string): Promise<Absence>;

  /**
   * The signed-in person's key for the browser's sealed copies of their
   * unsaved edits; the same on every call.
   */
  getDraftKey(): Promise<DraftKey>;

  /**
   * Imports an export of the old SharePoint list (`text/csv`, or an Excel
   * workbook) as handovers; with `dryRun`, only tells what an import would
   * do. Needs `overlevering.handover.import`.
   */
  importSharePointList(
    file: Blob,
    options: { contentType: string; dryRun: boolean },
  ): Promise<ImportReport>;

  /**
   * The changes whose notifications could not be delivered after the most
   * attempts. Needs `overlevering.delivery.manage`.
   */
  listParkedDeliveries(): Promise<ParkedDeliveryList>;

  /** Delivers a parked change again. Needs `overlevering.delivery.manage`. */
  retryParkedDelivery(id: string): Promise<void>;
}

/**
 * The API reference of {@link OverleveringApi}.
 *
 * @public
 */
export const overleveringApiRef = createApiRef<OverleveringApi>({
  id: 'plugin.overlevering.service',
});
