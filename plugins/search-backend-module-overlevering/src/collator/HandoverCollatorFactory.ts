import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  handoverReadPermission,
  type HandoverSearchDocument,
  type HandoverSearchDocumentPage,
  type HandoverStatus,
} from '@hemit/plugin-overlevering-common';
import { Readable } from 'node:stream';

/**
 * The search type of handovers, for a search page's type filter and for
 * `search.collators.overlevering` in the config.
 *
 * @public
 */
export const HANDOVER_SEARCH_TYPE = 'overlevering';

/**
 * A handover in the search index. Besides title, text and location it keeps
 * the status, the service and the owner, so a result can show them.
 *
 * @public
 */
export interface HandoverIndexableDocument extends IndexableDocument {
  status: HandoverStatus;
  statusText: string;
  /** The service by its catalog name; empty when none is linked. */
  serviceName: string;
  /** The service's entity ref; empty when none is linked. */
  entityRef: string;
  ownerName: string;
  owner: string;
  updatedAt: string;
}

/**
 * Collates the handovers of the Overlevering backend for Backstage search.
 * Each document names its handover in `authorization.resourceRef`, and the
 * type's `visibilityPermission` is `overlevering.handover.read`, so the
 * search backend shows a result only to whom the permission policy lets
 * read that handover.
 *
 * @public
 */
export class HandoverCollatorFactory implements DocumentCollatorFactory {
  readonly type = HANDOVER_SEARCH_TYPE;
  readonly visibilityPermission = handoverReadPermission;

  constructor(
    private readonly options: {
      auth: AuthService;
      discovery: DiscoveryService;
      /** Defaults to the global fetch. */
      fetch?: typeof fetch;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<HandoverIndexableDocument> {
    let cursor: string | undefined;
    do {
      const page = await this.fetchPage(cursor);
      for (const handover of page.items) {
        yield toIndexableDocument(handover);
      }
      cursor = page.nextCursor;
    } while (cursor);
  }

  private async fetchPage(
    cursor: string | undefined,
  ): Promise<HandoverSearchDocumentPage> {
    const { auth, discovery } = this.options;
    const fetchFn = this.options.fetch ?? fetch;
    // A fresh token per page: a crawl of many pages outlives one.
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'overlevering',
    });
    const url = new URL(
      `${await discovery.getBaseUrl('overlevering')}/search/documents`,
    );
    if (cursor) {
      url.searchParams.set('cursor', cursor);
    }
    const response = await fetchFn(url, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as HandoverSearchDocumentPage;
  }
}

/**
 * One handover as the index holds it. The text carries the service, the
 * owner and the status after the form's answers (which a result shows
 * first), so a search for any of them finds it whichever engine indexes
 * only title and text; every
 * field is present (empty when unknown), as Lunr takes its fields from the
 * first document.
 */
function toIndexableDocument(
  handover: HandoverSearchDocument,
): HandoverIndexableDocument {
  return {
    title: handover.title,
    text: [
      handover.text,
      handover.serviceName,
      handover.ownerName,
      handover.statusText,
    ]
      .filter(Boolean)
      .join('\n'),
    location: handover.location,
    authorization: { resourceRef: handover.id },
    status: handover.status,
    statusText: handover.statusText,
    serviceName: handover.serviceName ?? '',
    entityRef: handover.entityRef ?? '',
    ownerName: handover.ownerName,
    owner: handover.owner,
    updatedAt: handover.updatedAt,
  };
}
