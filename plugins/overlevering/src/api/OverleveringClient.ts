import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import type { AppLanguageApi } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import type {
  Absence,
  ParkedDeliveryList,
  ApprovalCount,
  ApprovalPage,
  DraftKey,
  CreateAbsenceRequest,
  CreateHandoverRequest,
  CloseConditionRequest,
  Condition,
  ConfirmFollowUpRequest,
  ExtendFollowUpRequest,
  HandOverRequest,
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
import type { OverleveringApi } from './OverleveringApi';

/** What a request sends: a JSON body, or a file as it is. */
interface RequestOptions {
  method?: string;
  body?: unknown;
  file?: { body: Blob; contentType: string };
}

/**
 * The HTTP client of the Overlevering backend.
 *
 * With `appLanguageApi`, every request asks for the app's language
 * (`Accept-Language`), so the backend's texts for people — the messages of a
 * refused document, the Markdown export — come in the language the user
 * reads; without it, the browser's own header decides.
 *
 * @public
 */
export class OverleveringClient implements OverleveringApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly appLanguageApi?: Pick<AppLanguageApi, 'getLanguage'>;

  constructor(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    appLanguageApi?: Pick<AppLanguageApi, 'getLanguage'>;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.appLanguageApi = options.appLanguageApi;
  }

  getForm(): Promise<FormResponse> {
    return this.request('/form');
  }

  listHandovers(query: HandoverListQuery = {}): Promise<HandoverPage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const search = params.toString();
    return this.request(`/handovers${search ? `?${search}` : ''}`);
  }

  getHandover(id: string): Promise<Handover> {
    return this.request(`/handovers/${encodeURIComponent(id)}`);
  }

  createHandover(request: CreateHandoverRequest): Promise<Handover> {
    return this.request('/handovers', { method: 'POST', body: request });
  }

  saveDocument(id: string, request: SaveDocumentRequest): Promise<Handover> {
    return this.request(`/handovers/${encodeURIComponent(id)}/document`, {
      method: 'PUT',
      body: request,
    });
  }

  submit(id: string, request: SubmitRequest): Promise<Round> {
    return this.request(`/handovers/${encodeURIComponent(id)}/submit`, {
      method: 'POST',
      body: request,
    });
  }

  withdraw(id: string): Promise<Handover> {
    return this.request(`/handovers/${encodeURIComponent(id)}/withdraw`, {
      method: 'POST',
    });
  }

  discard(id: string): Promise<Handover> {
    return this.request(`/handovers/${encodeURIComponent(id)}/discard`, {
      method: 'POST',
    });
  }

  decide(id: string, round: number, request: DecisionRequest): Promise<Round> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/rounds/${round}/decisions`,
      { method: 'POST', body: request },
    );
  }

  closeCondition(
    id: string,
    conditionId: string,
    request: CloseConditionRequest,
  ): Promise<Condition> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/conditions/${encodeURIComponent(
        conditionId,
      )}/close`,
      { method: 'POST', body: request },
    );
  }

  confirmFollowUp(
    id: string,
    request: ConfirmFollowUpRequest,
  ): Promise<Handover> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/follow-up/confirm`,
      { method: 'POST', body: request },
    );
  }

  handOver(id: string, request: HandOverRequest): Promise<Handover> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/follow-up/hand-over`,
      { method: 'POST', body: request },
    );
  }

  extendFollowUp(
    id: string,
    request: ExtendFollowUpRequest,
  ): Promise<Handover> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/follow-up/extend`,
      { method: 'POST', body: request },
    );
  }

  getHistory(id: string): Promise<HandoverHistory> {
    return this.request(`/handovers/${encodeURIComponent(id)}/history`);
  }

  getRoundSnapshot(id: string, round: number): Promise<RoundSnapshot> {
    return this.request(
      `/handovers/${encodeURIComponent(id)}/rounds/${round}/snapshot`,
    );
  }

  async exportMarkdown(
    id: string,
    options: { round?: number } = {},
  ): Promise<string> {
    const round = options.round !== undefined ? `&round=${options.round}` : '';
    const response = await this.fetch(
      `/handovers/${encodeURIComponent(id)}/export?format=markdown${round}`,
    );
    return response.text();
  }

  getOperationsInfo(entityRef: string): Promise<ServiceOperationsInfo> {
    return this.request(operationsInfoPath(entityRef));
  }

  async exportOperationsInfo(entityRef: string): Promise<string> {
    const response = await this.fetch(`${operationsInfoPath(entityRef)}.md`);
    return response.text();
  }

  listApprovals(
    options: { limit?: number; cursor?: string } = {},
  ): Promise<ApprovalPage> {
    const params = new URLSearchParams({ status: 'pending' });
    if (options.limit !== undefined) params.set('limit', String(options.limit));
    if (options.cursor) params.set('cursor', options.cursor);
    return this.request(`/approvals?${params}`);
  }

  countApprovals(): Promise<ApprovalCount> {
    return this.request('/approvals/count');
  }

  listMyAbsences(): Promise<MyAbsences> {
    return this.request('/absences/mine');
  }

  createAbsence(request: CreateAbsenceRequest): Promise<Absence> {
    return this.request('/absences', { method: 'POST', body: request });
  }

  endAbsence(id: string): Promise<Absence> {
    return this.request(`/absences/${encodeURIComponent(id)}/end`, {
      method: 'POST',
    });
  }

  getDraftKey(): Promise<DraftKey> {
    return this.request('/me/draft-key');
  }

  importSharePointList(
    file: Blob,
    options: { contentType: string; dryRun: boolean },
  ): Promise<ImportReport> {
    return this.request(`/import?dryRun=${options.dryRun}`, {
      method: 'POST',
      file: { body: file, contentType: options.contentType },
    });
  }

  listParkedDeliveries(): Promise<ParkedDeliveryList> {
    return this.request('/outbox/parked');
  }

  async retryParkedDelivery(id: string): Promise<void> {
    await this.fetch(`/outbox/parked/${encodeURIComponent(id)}/retry`, {
      method: 'POST',
    });
  }

  private async request<T>(
    path: string,
    init: RequestOptions = {},
  ): Promise<T> {
    const response = await this.fetch(path, init);
    return (await response.json()) as T;
  }

  private async fetch(
    path: string,
    init: RequestOptions = {},
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('overlevering');
    const headers: Record<string, string> = {};
    const language = this.appLanguageApi?.getLanguage().language;
    if (language) {
      headers['Accept-Language'] = language;
    }
    let body: BodyInit | undefined;
    if (init.file) {
      // A file goes as it is, its type saying what it is.
      headers['Content-Type'] = init.file.contentType;
      body = init.file.body;
    } else if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/** Where the operations information of a service is, by its entity ref. */
function operationsInfoPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/services/${[namespace, kind, name]
    .map(encodeURIComponent)
    .join('/')}/operations-info`;
}
