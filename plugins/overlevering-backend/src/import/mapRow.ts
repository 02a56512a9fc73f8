import {
  FieldInfo,
  HandoverDocument,
  Locale,
  validateDocument,
} from '@hemit/overlevering-form-schema';
import { cellValue, parseYesNo, plainText, rowsFromLines } from './cellValues';
import type { ColumnPlan } from './columns';
import { parseInstant } from './dates';
import { importTexts } from './importTexts';
import type { ExportRow } from './parseExport';
import type { PersonResolution, PersonResolver } from './people';
import {
  ImportedStatus,
  mapSharePointStatus,
  SHAREPOINT_STATUSES,
} from './sharePointStatus';

/** An item of the old list, ready to be stored as a handover. @internal */
export interface MappedRow {
  /** The item's ID in the SharePoint list: what a second import of the same list matches on. */
  sharePointId: number;
  /** The handover's title (the form's title, else the list's Tittel); `''` when it has none. */
  title: string;
  status: ImportedStatus;
  /** The form, valid for the draft profile and at the current schema version. */
  document: HandoverDocument;
  /** When the item was created, as an ISO instant. */
  createdAt?: string;
  createdBy?: PersonResolution;
  /** When the item was last changed, as an ISO instant. */
  modifiedAt?: string;
  modifiedBy?: PersonResolution;
  /** What was imported with a reservation (a person not found, an empty status), in the locale. */
  problems: string[];
}

/** An item that is not imported at all, and why (in the locale). @internal */
export interface RefusedRow {
  refused: string;
  /** The item's ID, when it could be read. */
  sharePointId?: number;
  /** The item's title as the file writes it, so the person importing knows which it is. */
  title?: string;
}

/** @internal */
export interface MapRowOptions {
  plan: ColumnPlan;
  resolver: PersonResolver;
  locale?: Locale;
}

/** SharePoint numbers a list's items with 32-bit integers. */
const MAX_SHAREPOINT_ID = 2 ** 31 - 1;

const keyOf = (field: FieldInfo) => field.path.split('.').pop()!;

/**
 * Turns one item of the old list into a handover: SharePoint's columns into its ID, title,
 * status, times and people, and the form's columns into a document. Values are read as the list
 * wrote them: dates as dd.mm.yyyy or ISO, numbers in Norwegian form, choices and yes/no by their
 * bokmål labels, people by name or e-mail through `resolver`.
 *
 * A row is refused, never half imported, when any value cannot be read (a date, a number, a
 * choice), its status is unknown, or the document fails the form's draft validation; the reason
 * names each column or field and what is wrong. A person the catalog does not know is imported
 * with a problem instead: the field stays empty and the problem quotes the name.
 *
 * @internal
 */
export function mapRow(
  row: ExportRow,
  options: MapRowOptions,
): MappedRow | RefusedRow {
  const { plan, resolver, locale } = options;
  const texts = importTexts(locale);
  const errors: string[] = [];
  const problems: string[] = [];
  if (row.extraCells) {
    errors.push(texts.extraCells({ count: row.extraCells.length }));
  }

  const document: Record<string, Record<string, unknown>> = {};
  const put = (field: FieldInfo, value: unknown) => {
    (document[field.section] ??= {})[keyOf(field)] = value;
  };
  const yesNo = new Map<FieldInfo, { svar?: boolean; forklaring: string[] }>();
  const yesNoOf = (field: FieldInfo) => {
    if (!yesNo.has(field)) yesNo.set(field, { forklaring: [] });
    return yesNo.get(field)!;
  };
  const lists = new Map<
    FieldInfo,
    { single: Record<string, unknown>; lines: Record<string, unknown>[] }
  >();
  const listOf = (field: FieldInfo) => {
    if (!lists.has(field)) lists.set(field, { single: {}, lines: [] });
    return lists.get(field)!;
  };

  let idText = '';
  let listTitle = '';
  let statusText: string | undefined = plan.hasStatus ? '' : undefined;
  const meta: Pick<
    MappedRow,
    'createdAt' | 'createdBy' | 'modifiedAt' | 'modifiedBy'
  > = {};

  for (const { header: column, target } of plan.columns) {
    const text = plainText(row.cells[column] ?? '').trim();
    if (!text) continue;
    const context = { column, texts, resolver };
    switch (target.kind) {
      case 'sharePoint':
        switch (target.column) {
          case 'id':
            idText = text;
            break;
          case 'title':
            listTitle = text;
            break;
          case 'status':
            statusText = text;
            break;
          case 'created':
          case 'modified': {
            const instant = parseInstant(text);
            if (instant) {
              meta[target.column === 'created' ? 'createdAt' : 'modifiedAt'] =
                instant;
            } else problems.push(texts.notDateTime({ column, text }));
            break;
          }
          default: {
            const person = resolver.resolvePerson(text);
            if ('unresolved' in person) {
              problems.push(texts.personKeptAsText({ column, text }));
            }
            meta[target.column] = person;
          }
        }
        break;
      case 'explanation':
        yesNoOf(target.field).forklaring.push(text);
        break;
      case 'rowColumn': {
        const value = cellValue(target.column, text, context);
        if (value.error) errors.push(value.error);
        if (value.problem) problems.push(value.problem);
        if (value.value !== undefined) {
          listOf(target.list).single[keyOf(target.column)] = value.value;
        }
        break;
      }
      default: {
        const { field } = target;
        if (field.kind === 'yesNo') {
          const answer = parseYesNo(text);
          if (answer === undefined) {
            // Not dropped: a "Delvis" or "Ja, men …" is kept where the form has room for words.
            problems.push(texts.yesNoKeptAsText({ column, text }));
            yesNoOf(field).forklaring.unshift(text);
          } else yesNoOf(field).svar = answer;
        } else if (field.kind === 'rows') {
          listOf(field).lines.push(...rowsFromLines(field, text));
        } else {
          const value = cellValue(field, text, context);
          if (value.error) errors.push(value.error);
          if (value.problem) problems.push(value.problem);
          if (value.value !== undefined) put(field, value.value);
        }
      }
    }
  }

  for (const [field, { svar, forklaring }] of yesNo) {
    put(field, {
      ...(svar !== undefined ? { svar } : {}),
      ...(forklaring.length > 0 ? { forklaring: forklaring.join('\n') } : {}),
    });
  }
  for (const [field, { single, lines }] of lists) {
    const rows = Object.keys(single).length > 0 ? [single, ...lines] : lines;
    if (rows.length > 0) put(field, rows);
  }
  // The list's Tittel was the form's title; a column of the form's own title wins where filled.
  if (listTitle && !document.bestilling?.tittel) {
    (document.bestilling ??= {}).tittel = listTitle;
  }

  let sharePointId: number | undefined;
  if (!idText) errors.unshift(texts.missingId);
  else if (
    !/^\d+$/.test(idText) ||
    Number(idText) < 1 ||
    Number(idText) > MAX_SHAREPOINT_ID
  ) {
    errors.unshift(texts.invalidId({ text: idText }));
  } else sharePointId = Number(idText);

  let status: ImportedStatus = 'draft';
  if (statusText === '') problems.unshift(texts.emptyStatus);
  else if (statusText !== undefined) {
    const mapped = mapSharePointStatus(statusText);
    if (mapped) status = mapped;
    else {
      errors.push(
        texts.unknownStatus({
          text: statusText,
          known: Object.keys(SHAREPOINT_STATUSES),
        }),
      );
    }
  }

  const refusedTitle = document.bestilling?.tittel;
  const refuse = (reason: string): RefusedRow => ({
    refused: reason,
    ...(sharePointId !== undefined ? { sharePointId } : {}),
    ...(typeof refusedTitle === 'string' && refusedTitle
      ? { title: refusedTitle }
      : {}),
  });
  if (errors.length > 0) return refuse(errors.join(' '));

  const validation = validateDocument(document, { profile: 'draft', locale });
  if (!validation.valid) {
    return refuse(
      `${texts.documentInvalid}: ${validation.errors
        .map(error => error.message)
        .join('; ')}.`,
    );
  }
  const title =
    (validation.document.bestilling as { tittel?: string } | undefined)
      ?.tittel ?? listTitle;
  return {
    sharePointId: sharePointId!,
    title,
    status,
    document: validation.document,
    ...meta,
    problems,
  };
}
