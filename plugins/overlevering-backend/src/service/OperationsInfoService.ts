import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  approvalOf,
  handoverReadPermission,
  latestApproval,
  operationsInfo,
  type Approval,
  type ServiceOperationsInfo,
} from '@hemit/plugin-overlevering-common';
import { migrateDocument, type Locale } from '@hemit/overlevering-form-schema';
import type { HandoverFilter, HandoverStore } from '../database/HandoverStore';
import type { HandoverAuthorizer } from '../permissions/authorize';
import { readFilterFor } from '../permissions/readFilter';
import type { Caller } from './Caller';
import type { EntityNames } from './EntityNames';
import { operationsInfoMarkdown } from './operationsInfoMarkdown';

/** How many approved handovers of one service are read a page at a time. */
const PAGE_SIZE = 50;

/** A service as the route names it. */
export interface ServiceName {
  namespace: string;
  kind: string;
  name: string;
}

/**
 * The service desk's view of a service (Hemithjelp's "Driftsinformasjon"):
 * what the latest approved handover of the service said about running it,
 * from the snapshot it was approved on. Only handovers the caller may read
 * count, by the same rules as reading a handover, so a service whose
 * handovers are hidden from the caller looks as if it had none.
 *
 * @internal
 */
export class OperationsInfoService {
  constructor(
    private readonly deps: {
      store: HandoverStore;
      authorizer: HandoverAuthorizer;
      names: EntityNames;
      /** Where the app's pages are: the `frontendPath` below `app.baseUrl`. */
      pagesUrl: string;
    },
  ) {}

  /** The operations information of the service; NotFoundError when none is approved. */
  async get(
    caller: Caller,
    service: ServiceName,
  ): Promise<ServiceOperationsInfo> {
    return (await this.latest(caller, service)).info;
  }

  /** The same as Markdown in `locale`, for the service desk's knowledge base. */
  async markdown(
    caller: Caller,
    service: ServiceName,
    locale: Locale,
  ): Promise<string> {
    const { info } = await this.latest(caller, service);
    const name = await this.deps.names.forDocument(info);
    return operationsInfoMarkdown(info, {
      locale,
      name: ref => name(ref) ?? namePart(ref),
      handoverUrl: `${this.deps.pagesUrl}/h/${encodeURIComponent(
        info.handoverId,
      )}`,
    });
  }

  private async latest(
    caller: Caller,
    service: ServiceName,
  ): Promise<{ info: ServiceOperationsInfo }> {
    const entityRef = stringifyEntityRef(service);
    const filter = readFilterFor(
      caller.userRef,
      await this.deps.authorizer.listFilter(
        handoverReadPermission,
        caller.credentials,
      ),
    );
    const approved = await this.approvedHandovers(entityRef, filter);
    const latest = latestApproval(approved);
    if (!latest) {
      throw new NotFoundError(
        `No approved handover of ${entityRef} that you may read`,
      );
    }
    const { handover, approval } = latest;
    const snapshot = approval.round
      ? await this.deps.store.getRevision({
          id: handover.id,
          revision: approval.round.revision,
        })
      : handover.document;
    return {
      info: {
        handoverId: handover.id,
        title: handover.title,
        entityRef,
        approvedAt: approval.approvedAt,
        ...(approval.round ? { round: approval.round.number } : {}),
        info: operationsInfo(migrateDocument(snapshot)),
      },
    };
  }

  /** Every approved handover of the service the filter lets through, with its approval. */
  private async approvedHandovers(
    entityRef: string,
    filter: HandoverFilter | undefined,
  ) {
    const found = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.store.listHandovers({
        entityRef,
        status: 'approved',
        limit: PAGE_SIZE,
        cursor,
        filter,
      });
      for (const summary of page.items) {
        const read = await this.deps.store.getHandover({
          id: summary.id,
          filter,
        });
        if (!read) continue;
        const approval: Approval | undefined = approvalOf({
          ...read.handover,
          rounds: read.rounds,
        });
        if (approval) found.push({ handover: read.handover, approval });
      }
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  }
}

/** The name part of a ref the catalog cannot name (`kari.nordmann`), or the text as written. */
function namePart(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}
