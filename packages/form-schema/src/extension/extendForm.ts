import { sectionsSchema } from '../schema/documentSchema';
import { FieldKind } from '../schema/fields';
import { SECTION_IDS, SectionId } from '../schema/sections';
import { JSONSchema, Locale } from '../types';
import {
  ExtraField,
  ExtraFieldConfig,
  ExtraFieldWords,
  FormExtension,
} from './types';

type Json = Record<string, any>;

/** Keywords a fragment may use, per type: enough for plain values, nothing that nests. */
const ALLOWED_KEYWORDS: Record<string, readonly string[]> = {
  string: ['type', 'maxLength', 'pattern', 'format', 'enum'],
  number: ['type', 'minimum', 'maximum'],
  integer: ['type', 'minimum', 'maximum'],
  boolean: ['type'],
  array: ['type', 'items', 'maxItems', 'uniqueItems'],
};
const CONFIG_KEYS = [
  'schema',
  'title',
  'description',
  'options',
  'requiredOnSubmit',
];
// Matches the size limits of the document; text longer than this is refused anyway.
const MAX_TEXT_LENGTH = 10000;
const DEFAULT_TEXT_LENGTH = 300;
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A configuration mistake, naming where it is. */
function fail(where: string, problem: string): never {
  throw new Error(`extraFields.${where}: ${problem}`);
}

function words(
  where: string,
  value: unknown,
  fallback: string,
): Record<Locale, string> {
  if (
    !isObject(value) ||
    Object.keys(value).some(k => k !== 'nb' && k !== 'en') ||
    Object.values(value).some(v => typeof v !== 'string' || !v.trim())
  ) {
    fail(where, "must be { nb: '…', en: '…' } with non-empty text");
  }
  const nb = (value as ExtraFieldWords).nb ?? fallback;
  return { nb, en: (value as ExtraFieldWords).en ?? nb };
}

function checkEnum(where: string, values: unknown): string[] {
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    values.length > 100 ||
    values.some(v => typeof v !== 'string' || !v.trim() || v.length > 300) ||
    new Set(values).size !== values.length
  ) {
    fail(
      `${where}.enum`,
      'must be a list of 1 to 100 different, non-empty strings',
    );
  }
  return values as string[];
}

function checkLimit(where: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(where, 'must be a number');
  }
}

/** The fragment checked and completed (a text gets a length limit), and what kind of field it is. */
function checkSchema(
  where: string,
  schema: unknown,
): { schema: Json; kind: FieldKind; values?: string[] } {
  if (!isObject(schema)) fail(where, 'must be a JSON Schema object');
  const type = schema.type;
  const allowed = typeof type === 'string' ? ALLOWED_KEYWORDS[type] : undefined;
  if (!allowed) {
    fail(
      `${where}.type`,
      `must be one of ${Object.keys(ALLOWED_KEYWORDS).join(
        ', ',
      )}, got ${JSON.stringify(type)}`,
    );
  }
  const unknown = Object.keys(schema).filter(k => !allowed.includes(k));
  if (unknown.length > 0) {
    fail(
      where,
      `${unknown.join(
        ', ',
      )} not allowed for type ${type}; allowed: ${allowed.join(', ')}`,
    );
  }
  switch (type) {
    case 'string': {
      if (schema.enum !== undefined) {
        if (Object.keys(schema).length > 2) {
          fail(where, 'enum cannot be combined with other keywords');
        }
        const values = checkEnum(where, schema.enum);
        return { schema: { type, enum: values }, kind: 'enum', values };
      }
      const maxLength = schema.maxLength ?? DEFAULT_TEXT_LENGTH;
      if (
        !Number.isInteger(maxLength) ||
        maxLength < 1 ||
        maxLength > MAX_TEXT_LENGTH
      ) {
        fail(
          `${where}.maxLength`,
          `must be a whole number from 1 to ${MAX_TEXT_LENGTH}`,
        );
      }
      if (schema.format !== undefined) {
        if (schema.format !== 'date' && schema.format !== 'uri') {
          fail(`${where}.format`, "must be 'date' or 'uri'");
        }
        if (schema.pattern !== undefined) {
          fail(where, 'format cannot be combined with pattern');
        }
        // As the form's own fields: a date in the calendar's shape, a web link never a script.
        const pattern =
          schema.format === 'date'
            ? '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$'
            : '^https?://';
        return {
          schema: { type, format: schema.format, pattern, maxLength },
          kind: schema.format === 'date' ? 'date' : 'url',
        };
      }
      if (schema.pattern !== undefined) {
        try {
          if (typeof schema.pattern !== 'string') throw new Error();
          // eslint-disable-next-line no-new
          new RegExp(schema.pattern, 'u');
        } catch {
          fail(`${where}.pattern`, 'must be a regular expression');
        }
      }
      return {
        schema: {
          type,
          maxLength,
          ...(schema.pattern !== undefined ? { pattern: schema.pattern } : {}),
        },
        kind: maxLength > 1000 ? 'longText' : 'text',
      };
    }
    case 'number':
    case 'integer':
      if (schema.minimum !== undefined)
        checkLimit(`${where}.minimum`, schema.minimum);
      if (schema.maximum !== undefined)
        checkLimit(`${where}.maximum`, schema.maximum);
      return { schema: { ...schema }, kind: 'quantity' };
    case 'boolean':
      return { schema: { type }, kind: 'boolean' };
    default: {
      const items = schema.items;
      if (
        !isObject(items) ||
        items.type !== 'string' ||
        Object.keys(items).some(k => k !== 'type' && k !== 'enum')
      ) {
        fail(
          `${where}.items`,
          'must be { type: string, enum: [...] }: a list holds ticked choices',
        );
      }
      const values = checkEnum(`${where}.items`, items.enum);
      if (schema.uniqueItems !== undefined && schema.uniqueItems !== true) {
        fail(`${where}.uniqueItems`, 'must be true: a choice is ticked once');
      }
      const maxItems = schema.maxItems ?? values.length;
      if (!Number.isInteger(maxItems) || maxItems < 1) {
        fail(`${where}.maxItems`, 'must be a whole number of at least 1');
      }
      return {
        schema: {
          type,
          items: { type: 'string', enum: values },
          uniqueItems: true,
          maxItems: Math.min(maxItems, values.length),
        },
        kind: 'multiEnum',
        values,
      };
    }
  }
}

function checkOptions(
  where: string,
  options: unknown,
  values: readonly string[] | undefined,
): Record<Locale, Record<string, string>> {
  const labels: Record<Locale, Record<string, string>> = { nb: {}, en: {} };
  if (options === undefined) return labels;
  if (!isObject(options) || !values) {
    fail(where, 'labels the values of an enum: { <value>: { nb, en } }');
  }
  for (const [value, text] of Object.entries(options)) {
    if (!values.includes(value)) {
      fail(where, `'${value}' is not one of the enum values`);
    }
    const label = words(`${where}.${value}`, text, value);
    labels.nb[value] = label.nb;
    labels.en[value] = label.en;
  }
  return labels;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function extraField(
  section: SectionId,
  key: string,
  config: unknown,
): ExtraField {
  const where = `${section}.${key}`;
  const existing = (sectionsSchema.properties[section] as Json).properties;
  if (!FIELD_KEY.test(key)) {
    fail(
      where,
      'a field key is letters and digits starting with a letter, such as backupRutine',
    );
  }
  if (Object.prototype.hasOwnProperty.call(existing, key)) {
    fail(where, `the section already has a field '${key}'`);
  }
  if (!isObject(config)) fail(where, 'must be { schema, title?, ... }');
  const unknownKeys = Object.keys(config).filter(k => !CONFIG_KEYS.includes(k));
  if (unknownKeys.length > 0) {
    fail(
      where,
      `unknown ${unknownKeys.join(', ')}; allowed: ${CONFIG_KEYS.join(', ')}`,
    );
  }
  const c = config as ExtraFieldConfig;
  if (
    c.requiredOnSubmit !== undefined &&
    typeof c.requiredOnSubmit !== 'boolean'
  ) {
    fail(`${where}.requiredOnSubmit`, 'must be true or false');
  }
  const checked = checkSchema(`${where}.schema`, c.schema);
  return {
    path: where,
    section,
    key,
    kind: checked.kind,
    ...(checked.values ? { values: checked.values } : {}),
    schema: checked.schema as JSONSchema,
    title: c.title
      ? words(`${where}.title`, c.title, key)
      : { nb: key, en: key },
    ...(c.description
      ? { description: words(`${where}.description`, c.description, '') }
      : {}),
    options: checkOptions(`${where}.options`, c.options, checked.values),
    requiredOnSubmit: c.requiredOnSubmit === true,
  };
}

/**
 * Checks a platform team's extra fields and makes them a `FormExtension`. The form's own
 * schema is frozen and stays as it is; each function that takes the extension adds the fields
 * to the end of their section. Throws an Error that names the section, field and keyword of
 * the first mistake: call it at startup, so bad configuration stops the portal instead of
 * refusing documents later.
 *
 * @public
 */
export function extendForm(config: unknown): FormExtension {
  if (config === undefined || config === null) {
    return deepFreeze({ fields: [], requiredOnSubmit: [] });
  }
  if (!isObject(config)) {
    throw new Error(
      'extraFields: must be { <section>: { <fieldKey>: { schema, ... } } }',
    );
  }
  const fields: ExtraField[] = [];
  for (const [section, sectionFields] of Object.entries(config)) {
    if (!(SECTION_IDS as readonly string[]).includes(section)) {
      throw new Error(
        `extraFields.${section}: not a section of the form; the sections are ${SECTION_IDS.join(
          ', ',
        )}`,
      );
    }
    if (!isObject(sectionFields)) {
      fail(section, 'must be { <fieldKey>: { schema, ... } }');
    }
    for (const [key, fieldConfig] of Object.entries(sectionFields)) {
      fields.push(extraField(section as SectionId, key, fieldConfig));
    }
  }
  return deepFreeze({
    fields,
    requiredOnSubmit: fields.filter(f => f.requiredOnSubmit).map(f => f.path),
  });
}

/** The extra field at a dotted path (row indices never apply), if any. */
export function extraFieldAt(
  extension: FormExtension | undefined,
  path: string,
): ExtraField | undefined {
  return extension?.fields.find(field => field.path === path);
}
