import {
  ENTITY_REF_PATTERN,
  entityKindsOf,
  FieldInfo,
  getTexts,
  parseAmount,
} from '@hemit/overlevering-form-schema';
import { normalizeName } from './columnName';
import { parseFormDate } from './dates';
import type { ImportTexts } from './importTexts';
import type { PersonResolver } from './people';

/**
 * One cell turned into a field's value. `error` refuses the row (the value cannot be read, and
 * importing the rest would be half an import); `problem` is imported with a reservation.
 *
 * @internal
 */
export interface ReadValue {
  value?: unknown;
  problem?: string;
  error?: string;
}

/** @internal */
export interface CellContext {
  /** The column's name in the file, for the messages. */
  column: string;
  texts: ImportTexts;
  resolver: PersonResolver;
}

const entityRef = new RegExp(ENTITY_REF_PATTERN);

const YES = new Set(['ja', 'j', 'yes', 'y', 'sann', 'true', '1', 'x']);
const NO = new Set(['nei', 'n', 'no', 'usann', 'false', '0']);

/** A yes/no cell as the list exports it (`Ja`/`Nei`, or TRUE/FALSE from a workbook). @internal */
export function parseYesNo(text: string): boolean | undefined {
  const name = normalizeName(text);
  if (YES.has(name)) return true;
  if (NO.has(name)) return false;
  return undefined;
}

/**
 * A multi-line text column with enhanced rich text is exported as HTML
 * (`<div class="ExternalClass…"><p>…</p></div>`): keep its text and line breaks.
 *
 * @internal
 */
export function plainText(text: string): string {
  if (!/^<(div|p|span)\b[^>]*>/i.test(text) || !/<\/\w+>\s*$/.test(text)) {
    return text;
  }
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) =>
      String.fromCodePoint(parseInt(code, 16)),
    )
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A hyperlink column: SharePoint exports it as `url, description`. Text without a web address
 * stays as it is, for validation to refuse.
 *
 * @internal
 */
export function readLink(text: string): { url: string; title?: string } {
  const exported = /^(https?:\/\/\S+?),\s+(.*)$/is.exec(text);
  if (exported) {
    const title = exported[2].trim();
    return title && title !== exported[1]
      ? { url: exported[1], title }
      : { url: exported[1] };
  }
  return { url: text };
}

/** A choice by its bokmål label (as the list showed it), its English label or its value. */
function choiceOf(field: FieldInfo, text: string): string | undefined {
  const name = normalizeName(text);
  const options = (locale: 'nb' | 'en') =>
    (
      getTexts(locale).fields as Record<
        string,
        { options?: Record<string, string> }
      >
    )[field.path]?.options ?? {};
  const [nb, en] = [options('nb'), options('en')];
  return field.values?.find(
    value =>
      normalizeName(value) === name ||
      normalizeName(nb[value] ?? '') === name ||
      normalizeName(en[value] ?? '') === name,
  );
}

function choiceLabels(field: FieldInfo): string[] {
  const nb =
    (
      getTexts('nb').fields as Record<
        string,
        { options?: Record<string, string> }
      >
    )[field.path]?.options ?? {};
  return (field.values ?? []).map(value => nb[value] ?? value);
}

/** People fields pick users (some also groups); the others (the service) pick other kinds. */
const isPersonField = (field: FieldInfo) =>
  entityKindsOf(field.path).includes('User');

/**
 * The value of one non-empty cell for a field of kind text, long text, link, date, person or
 * other catalog entity, number, choice or choices. Yes/no and list fields are put together by
 * `mapRow`, which sees the row's other columns too.
 *
 * @internal
 */
export function cellValue(
  field: FieldInfo,
  text: string,
  context: CellContext,
): ReadValue {
  const { column, texts } = context;
  switch (field.kind) {
    case 'url':
      return { value: readLink(text).url };
    case 'date': {
      const date = parseFormDate(text);
      return date
        ? { value: date }
        : { error: texts.notDate({ column, text }) };
    }
    case 'number': {
      // The list was kept in Norwegian, whatever language the report is in.
      const amount = parseAmount(text, 'nb');
      return amount.kind === 'number'
        ? { value: amount.value }
        : { error: texts.notNumber({ column, text }) };
    }
    case 'enum': {
      const value = choiceOf(field, text);
      return value
        ? { value }
        : {
            error: texts.notChoice({
              column,
              text,
              options: choiceLabels(field),
            }),
          };
    }
    case 'multiEnum': {
      // SharePoint writes a multiple choice as `A; B`, `A, B` or `;#A;#B;#`.
      const parts = text
        .split(/;#|[;,\n]/)
        .map(part => part.trim())
        .filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const value = choiceOf(field, part);
        if (!value) {
          return {
            error: texts.notChoice({
              column,
              text: part,
              options: choiceLabels(field),
            }),
          };
        }
        if (!values.includes(value)) values.push(value);
      }
      return { value: values };
    }
    case 'entityRef': {
      if (isPersonField(field)) {
        const person = context.resolver.resolvePerson(text);
        return 'ref' in person
          ? { value: person.ref }
          : { problem: texts.personUnresolved({ column, text }) };
      }
      return entityRef.test(text)
        ? { value: text }
        : { problem: texts.entityUnresolved({ column, text }) };
    }
    default:
      return { value: text };
  }
}

/**
 * A list field filled from one multi-line cell, as the old list kept fravik, restanser and
 * known errors: one row per non-empty line, the line as the row's description, or for
 * solution documentation as a link and its title.
 *
 * @internal
 */
export function rowsFromLines(
  list: FieldInfo,
  text: string,
): Record<string, unknown>[] {
  const lines = text
    .split('\n')
    .map(line => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
  const firstText = list.columns?.find(
    column => column.kind === 'text' || column.kind === 'longText',
  );
  const key = (column: FieldInfo) => column.path.split('.').pop()!;
  const hasUrl = list.columns?.find(column => column.kind === 'url');
  return lines.map(line => {
    if (hasUrl) {
      const found = /https?:\/\/[^\s,;]+/i.exec(line);
      if (found) {
        const url = found[0].replace(/[.)]+$/, '');
        const title = line
          .replace(found[0], '')
          .replace(/^[\s,;:–-]+|[\s,;:–(-]+$/g, '')
          .trim();
        return {
          [key(hasUrl)]: url,
          ...(title && firstText ? { [key(firstText)]: title } : {}),
        };
      }
    }
    return firstText ? { [key(firstText)]: line } : {};
  });
}
