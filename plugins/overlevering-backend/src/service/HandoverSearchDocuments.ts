import {
  type HandoverSearchDocumentPage,
  overleveringPagePath,
} from '@hemit/plugin-overlevering-common';
import type { SearchDocumentQueries } from '../database/SearchDocumentQueries';
import type { OverleveringConfig } from './config';
import type { EntityNames } from './EntityNames';
import { searchText } from './searchText';
import { statusText } from './statusTexts';

/** Handovers per page of the crawl: whole documents, so fewer than a list. */
export const SEARCH_PAGE_SIZE = 50;

/**
 * The handovers as Backstage search indexes them, for the search collator
 * (a backend service, never a user): title, service and owner by name, the
 * status and the answered form as text, and the page to open. Whether a
 * reader may see one is the search backend's question, asked per handover
 * with `overlevering.handover.read`.
 *
 * @internal
 */
export class HandoverSearchDocuments {
  constructor(
    private readonly deps: {
      queries: SearchDocumentQueries;
      names: EntityNames;
      config: Pick<OverleveringConfig, 'language' | 'frontendPath'> &
        Partial<Pick<OverleveringConfig, 'formExtension'>>;
    },
  ) {}

  async page(cursor?: string): Promise<HandoverSearchDocumentPage> {
    const { language, frontendPath } = this.deps.config;
    const { records, phases, nextCursor } = await this.deps.queries.page({
      limit: SEARCH_PAGE_SIZE,
      cursor,
    });
    // One catalog lookup names every person, group and service of the page.
    const nameOf = await this.deps.names.forDocument(
      records.map(r => [r.owner, r.entityRef, r.document]),
    );
    const named = (ref: string) => nameOf(ref) ?? nameOfRef(ref);
    return {
      items: records.map(record => ({
        id: record.id,
        title: record.title,
        status: record.status,
        statusText: statusText(language, record.status, phases.get(record.id)),
        owner: record.owner,
        ownerName: named(record.owner),
        ...(record.entityRef
          ? {
              entityRef: record.entityRef,
              serviceName: named(record.entityRef),
            }
          : {}),
        location: `${frontendPath}${overleveringPagePath('handover', {
          id: record.id,
        })}`,
        text: searchText(record.document, {
          locale: language,
          entityName: nameOf,
          extension: this.deps.config.formExtension,
        }),
        updatedAt: record.updatedAt,
      })),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }
}

/** The name part of a ref, for one the catalog cannot name. */
function nameOfRef(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}
