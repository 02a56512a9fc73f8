import type { JsonRecord } from './document';
import { alignRows } from './rowAlignment';

/** One field whose value differs between two documents, worded for the user. */
export interface FieldChange {
  /** The section's title. */
  section: string;
  /** The field's title; a row's cell reads like "Kostnader, rad 3 › Beløp". */
  field: string;
  before: string;
  after: string;
}

/** The words the comparison needs from the user's language. */
export interface DiffTexts {
  /** Names row `number` (from 1) of the list titled `field`. */
  row: (field: string, number: number) => string;
  yes: string;
  no: string;
  /** Shows a number as the user reads it. */
  number?: (value: number) => string;
}

type Change = Omit<FieldChange, 'section'>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function propertiesOf(schema: JsonRecord): [string, JsonRecord][] {
  return isRecord(schema.properties)
    ? Object.entries(schema.properties).filter(
        (entry): entry is [string, JsonRecord] => isRecord(entry[1]),
      )
    : [];
}

function child(value: unknown, key: string | number): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key)
    ? value[key]
    : undefined;
}

/** The label an option has in the form: `oneOf` titles or `enumNames`. */
function optionTitle(schema: JsonRecord, value: unknown): string | undefined {
  if (Array.isArray(schema.oneOf)) {
    const option = schema.oneOf.find(o => isRecord(o) && o.const === value);
    if (isRecord(option) && typeof option.title === 'string') {
      return option.title;
    }
  }
  if (Array.isArray(schema.enum) && Array.isArray(schema.enumNames)) {
    const name = schema.enumNames[schema.enum.indexOf(value)];
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/** A value as text, the way the form shows it; empty when not filled. */
function display(schema: JsonRecord, value: unknown, texts: DiffTexts): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const items = isRecord(schema.items) ? schema.items : {};
    return value
      .map(item => display(items, item, texts))
      .filter(Boolean)
      .join(', ');
  }
  const title = optionTitle(schema, value);
  if (title !== undefined) return title;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return (texts.number ?? String)(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isRows(schema: JsonRecord): boolean {
  return (
    schema.type === 'array' &&
    isRecord(schema.items) &&
    isRecord(schema.items.properties)
  );
}

/** The changes under one schema node, labelled from `label` down. */
function compare(
  schema: JsonRecord,
  before: unknown,
  after: unknown,
  label: string,
  texts: DiffTexts,
): Change[] {
  if (isRecord(schema.properties)) {
    return propertiesOf(schema).flatMap(([key, field]) =>
      compare(
        field,
        child(before, key),
        child(after, key),
        [label, typeof field.title === 'string' ? field.title : key]
          .filter(Boolean)
          .join(' › '),
        texts,
      ),
    );
  }
  if (isRows(schema)) {
    const items = schema.items as JsonRecord;
    const rowsBefore = Array.isArray(before) ? before : [];
    const rowsAfter = Array.isArray(after) ? after : [];
    const rowChanges = (a: unknown, b: unknown, name: string) =>
      compare(items, a, b, name, texts);
    // Rows the reader sees as the same stay paired, so removing one row is
    // one removed row, and one edited cell is one change.
    return alignRows(
      rowsBefore.length,
      rowsAfter.length,
      (i, j) => rowChanges(rowsBefore[i], rowsAfter[j], '').length === 0,
    ).flatMap(pair =>
      rowChanges(
        pair.before === undefined ? undefined : rowsBefore[pair.before],
        pair.after === undefined ? undefined : rowsAfter[pair.after],
        texts.row(label, (pair.after ?? pair.before!) + 1),
      ),
    );
  }
  const change = {
    field: label,
    before: display(schema, before, texts),
    after: display(schema, after, texts),
  };
  return change.before === change.after ? [] : [change];
}

/**
 * The fields that differ between two documents, in form order, named by the
 * titles of `schema` (the localized form schema, one property per section).
 * Values the schema does not describe are left out: the user cannot see them.
 */
export function documentChanges(
  schema: JsonRecord,
  before: JsonRecord,
  after: JsonRecord,
  texts: DiffTexts,
): FieldChange[] {
  return propertiesOf(schema).flatMap(([key, section]) => {
    const title = typeof section.title === 'string' ? section.title : key;
    return compare(
      section,
      child(before, key),
      child(after, key),
      '',
      texts,
    ).map(change => ({ section: title, ...change }));
  });
}
