import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  changedSections,
  handoverImportPermission,
  isServiceKind,
  type ImportReport,
  type ImportRow,
} from '@hemit/plugin-overlevering-common';
import {
  FIXED_PATHS,
  getValueAtPath,
  SECTION_IDS,
} from '@hemit/overlevering-form-schema';
import type { HandoverStore } from '../database/HandoverStore';
import {
  mapExport,
  parseExport,
  personResolverFromCatalog,
  type CatalogPerson,
  type MappedExportRow,
} from '../import';
import { importTexts } from '../import/importTexts';
import { importDecision, planImportedItem } from '../import/planImport';
import type { HandoverAuthorizer } from '../permissions/authorize';
import type { Caller } from './Caller';

/**
 * The import of the old SharePoint list "Overlevering til produksjon": reads
 * the exported file, resolves its people against the catalog, and stores
 * each item as a handover in a transaction of its own, so a row that fails
 * leaves neither half a handover nor the other rows undone. A dry run does
 * all of it but the writing.
 *
 * @internal
 */
export class ImportService {
  constructor(
    private readonly deps: {
      store: HandoverStore;
      authorizer: HandoverAuthorizer;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** The catalog kinds a handover can be for (`overlevering.serviceKinds`). */
      serviceKinds: readonly string[];
      now?: () => Date;
    },
  ) {}

  async importList(
    caller: Caller,
    file: { bytes: Uint8Array; contentType: string },
    options: { dryRun: boolean },
  ): Promise<ImportReport> {
    await this.deps.authorizer.requireBasic(
      handoverImportPermission,
      caller.credentials,
    );
    const { locale } = caller;
    const parsed = await parseExport(file.bytes, file.contentType, { locale });
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const resolver = personResolverFromCatalog(
      await this.catalogPeople(credentials),
    );
    const mapping = mapExport(parsed, { resolver, locale });
    const services = await this.catalogServices(mapping.rows, credentials);
    const rows: ImportRow[] = [];
    for (const row of mapping.rows) {
      rows.push(await this.importRow(row, caller, { ...options, services }));
    }
    return { dryRun: options.dryRun, rows, problems: mapping.problems };
  }

  private async importRow(
    row: MappedExportRow,
    caller: Caller,
    options: { dryRun: boolean; services: ReadonlyMap<string, string> },
  ): Promise<ImportRow> {
    const texts = importTexts(caller.locale);
    const line = {
      row: row.row,
      ...(row.sharePointId !== undefined
        ? { sharePointId: row.sharePointId }
        : {}),
    };
    if ('refused' in row) {
      return {
        ...line,
        ...(row.title !== undefined ? { title: row.title } : {}),
        result: 'refused',
        reason: row.refused,
      };
    }
    // PostgreSQL text cannot hold U+0000; refused alike on every database.
    if (holdsNul(row)) {
      return { ...line, result: 'refused', reason: texts.nulCharacter };
    }
    const { item, notes, ownerNote } = planImportedItem(row, {
      importer: caller.userRef,
      now: (this.deps.now?.() ?? new Date()).toISOString(),
      services: options.services,
      locale: caller.locale,
    });
    const answer = (
      result: ImportRow['result'],
      handoverId: string | undefined,
      reasons: string[],
    ): ImportRow => ({
      ...line,
      ...(handoverId ? { handoverId } : {}),
      title: item.title,
      result,
      ...(reasons.length > 0 ? { reason: reasons.join(' ') } : {}),
    });
    try {
      const known = await this.deps.store.findImportedItem({
        sharePointId: item.sharePointId,
      });
      const decision = importDecision(known, item.fingerprint);
      if (decision === 'unchanged') {
        return answer('unchanged', known?.handover?.id, []);
      }
      if (decision === 'changedInPortal') {
        return answer('refused', known?.handover?.id, [texts.changedInPortal]);
      }
      if (decision === 'created') {
        const createNotes = ownerNote ? [...notes, ownerNote] : notes;
        if (options.dryRun) return answer('created', undefined, createNotes);
        const created = await this.deps.store.createImportedHandover({
          item,
          actor: caller.userRef,
        });
        return answer('created', created.id, createNotes);
      }
      // An update keeps the owner the handover has when the list names none.
      if (options.dryRun) {
        return answer('updated', known!.handoverId, notes);
      }
      const updated = await this.deps.store.updateImportedHandover({
        item,
        known: known!,
        changedSections: changedSections(
          known!.handover!.document,
          item.document,
          SECTION_IDS,
        ),
        actor: caller.userRef,
      });
      return answer('updated', updated.id, notes);
    } catch (error) {
      if (error instanceof ConflictError) {
        return answer('refused', undefined, [texts.changedInPortal]);
      }
      this.deps.logger.error(
        `Could not import SharePoint item ${item.sharePointId}`,
        error as Error,
      );
      return answer('refused', undefined, [texts.rowNotStored]);
    }
  }

  /** Every user of the catalog, once for the whole import. */
  private async catalogPeople(
    credentials: Awaited<ReturnType<AuthService['getOwnServiceCredentials']>>,
  ): Promise<CatalogPerson[]> {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.profile.displayName',
          'spec.profile.email',
        ],
      },
      { credentials },
    );
    return items.map((entity: Entity) => {
      const profile = (
        entity.spec as
          | { profile?: { displayName?: unknown; email?: unknown } }
          | undefined
      )?.profile;
      return {
        ref: stringifyEntityRef(entity),
        ...(typeof profile?.displayName === 'string'
          ? { displayName: profile.displayName }
          : {}),
        ...(typeof profile?.email === 'string' ? { email: profile.email } : {}),
      };
    });
  }

  /**
   * The services the rows' forms name that the catalog has and a handover
   * can be for, in one lookup: each as the form wrote it, to its full ref.
   */
  private async catalogServices(
    rows: MappedExportRow[],
    credentials: Awaited<ReturnType<AuthService['getOwnServiceCredentials']>>,
  ): Promise<Map<string, string>> {
    const named = new Map<string, string>();
    for (const row of rows) {
      if ('refused' in row) continue;
      const service = getValueAtPath(row.document, FIXED_PATHS.service);
      if (typeof service !== 'string' || named.has(service)) continue;
      try {
        const ref = parseEntityRef(service);
        if (isServiceKind(ref.kind, this.deps.serviceKinds)) {
          named.set(service, stringifyEntityRef(ref));
        }
      } catch {
        // Not an entity ref: the row says so already, and links nothing.
      }
    }
    if (named.size === 0) return named;
    const refs = [...new Set(named.values())];
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind', 'metadata.name'] },
      { credentials },
    );
    const found = new Set(refs.filter((_, index) => items[index]));
    return new Map([...named].filter(([, ref]) => found.has(ref)));
  }
}

/** Whether any text in a mapped row holds U+0000. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object') {
    return Object.values(value).some(holdsNul);
  }
  return false;
}
