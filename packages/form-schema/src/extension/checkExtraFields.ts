import { getTexts } from '../texts';
import { FieldError, Locale } from '../types';
import { ExtraField, FormExtension } from './types';

type Json = Record<string, any>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (section: Json, key: string) =>
  Object.prototype.hasOwnProperty.call(section, key);

/**
 * The document without the values of the extra fields, for the form's own (precompiled,
 * closed) schema; the extra values are checked by `checkExtraFields`. Nothing is compiled at
 * run time, so a strict Content-Security-Policy still holds with extra fields.
 */
export function withoutExtraFields(
  doc: Json,
  extension: FormExtension | undefined,
): Json {
  if (!extension || extension.fields.length === 0) return doc;
  const copy: Json = { ...doc };
  for (const field of extension.fields) {
    const section = copy[field.section];
    if (!isObject(section) || !has(section, field.key)) continue;
    const { [field.key]: _extra, ...rest } = section;
    copy[field.section] = rest;
  }
  return copy;
}

const isDate = (value: string) => {
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value;
};

const isWebAddress = (value: string) => {
  if (!/^https?:\/\//.test(value)) return false;
  try {
    return Boolean(new URL(value).host);
  } catch {
    return false;
  }
};

/** Why `value` does not fit the field, in the reader's language; undefined when it fits. */
function problemOf(
  field: ExtraField,
  value: unknown,
  locale: Locale,
): string | undefined {
  const { messages } = getTexts(locale).common;
  const schema = field.schema as Json;
  const options = field.options[locale];
  const allowed = (values: readonly string[]) =>
    messages.oneOf(values.map(v => options[v] ?? v).join(', '));
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') {
        return messages.wrongType(messages.types.string);
      }
      if (schema.enum) {
        return schema.enum.includes(value) ? undefined : allowed(schema.enum);
      }
      // Characters as JSON Schema counts them: code points, not UTF-16 units.
      if ([...value].length > schema.maxLength) {
        return messages.maxLength(schema.maxLength);
      }
      if (schema.format === 'date') {
        return isDate(value) ? undefined : messages.date;
      }
      if (schema.format === 'uri') {
        return isWebAddress(value) ? undefined : messages.uri;
      }
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
        return messages.invalid;
      }
      return undefined;
    }
    case 'number':
    case 'integer': {
      const whole = schema.type === 'integer';
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        (whole && !Number.isInteger(value))
      ) {
        return messages.wrongType(
          whole ? messages.types.integer : messages.types.number,
        );
      }
      if (schema.minimum !== undefined && value < schema.minimum) {
        return messages.minimum(schema.minimum);
      }
      if (schema.maximum !== undefined && value > schema.maximum) {
        return messages.maximum(schema.maximum);
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : messages.wrongType(messages.types.boolean);
    default: {
      if (!Array.isArray(value)) {
        return messages.wrongType(messages.types.array);
      }
      if (value.length > schema.maxItems) {
        return messages.maxItems(schema.maxItems);
      }
      const values: string[] = schema.items.enum;
      if (value.some(item => !values.includes(item))) return allowed(values);
      if (new Set(value).size !== value.length) return messages.uniqueItems;
      return undefined;
    }
  }
}

/**
 * The errors of the extra fields' values in a document, one per field, naming the field by
 * its configured title in the reader's language.
 */
export function checkExtraFields(
  doc: Json,
  extension: FormExtension | undefined,
  locale: Locale,
): FieldError[] {
  const { common } = getTexts(locale);
  const errors: FieldError[] = [];
  for (const field of extension?.fields ?? []) {
    const section = doc[field.section];
    if (!isObject(section) || !has(section, field.key)) continue;
    const problem = problemOf(field, section[field.key], locale);
    if (problem) {
      errors.push({
        path: field.path,
        message: `${common.quote(field.title[locale])} ${problem}`,
      });
    }
  }
  return errors;
}
