import type { FieldInfo } from '../schema/fields';
import type { JSONSchema, Locale } from '../types';

/** Words in bokmål and English; English falls back to bokmål. @public */
export interface ExtraFieldWords {
  /** In bokmål, the default language. */
  nb?: string;
  /** In English. */
  en?: string;
}

/**
 * One extra field as a platform team configures it (`overlevering.form.extraFields` in a
 * Backstage portal).
 *
 * @public
 */
export interface ExtraFieldConfig {
  /**
   * A JSON Schema fragment of a plain value: `string` (with `maxLength`, `pattern`,
   * `format: date | uri` or `enum`), `number` or `integer` (with `minimum`, `maximum`),
   * `boolean`, or an `array` of string `enum` values (ticked choices).
   */
  schema: JSONSchema;
  /** The field's name in the form. Without it the field key is shown. */
  title?: ExtraFieldWords;
  /** A line under the name. */
  description?: ExtraFieldWords;
  /** Labels of `enum` values, by value. Without them the values are shown as written. */
  options?: Record<string, ExtraFieldWords>;
  /** Whether the field must be filled before a handover can be submitted. */
  requiredOnSubmit?: boolean;
}

/**
 * Extra fields per section: `{ <sectionId>: { <fieldKey>: ExtraFieldConfig } }`.
 *
 * @public
 */
export type ExtraFieldsConfig = Record<
  string,
  Record<string, ExtraFieldConfig>
>;

/** An extra field, checked and ready for the form, validation and export. @public */
export interface ExtraField extends FieldInfo {
  /** The key of the field in its section, e.g. `backupRutine`. */
  key: string;
  /** The checked schema of the value, without words. */
  schema: JSONSchema;
  /** The field's name by language. */
  title: Record<Locale, string>;
  /** The line under the name by language, if configured. */
  description?: Record<Locale, string>;
  /** Option labels by language and value. */
  options: Record<Locale, Record<string, string>>;
  /** Whether a submit needs the field filled. */
  requiredOnSubmit: boolean;
}

/**
 * The form's extra fields, made by `extendForm`. Pass it to `getForm`, `validateDocument`,
 * `toMarkdown` and `sectionProgress` so each of them knows the fields.
 *
 * @public
 */
export interface FormExtension {
  /** The extra fields in configuration order. */
  fields: readonly ExtraField[];
  /** The paths of the extra fields that must be filled before submit. */
  requiredOnSubmit: readonly string[];
}
