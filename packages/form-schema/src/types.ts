import type { FromSchema } from 'json-schema-to-ts';
import type { documentSchema } from './schema/documentSchema';
import type { SectionId } from './schema/sections';
import type { FormExtension } from './extension/types';

/**
 * A handover document. Derived from the schema itself, so the type cannot drift from what
 * validation accepts.
 *
 * @public
 */
export type HandoverDocument = FromSchema<typeof documentSchema>;

/** @public */
export type Locale = 'nb' | 'en';

/** @public */
export interface FormSection {
  id: SectionId;
  title: string;
  description: string;
}

/** A plain JSON Schema object. @public */
export type JSONSchema = Record<string, unknown>;

/** Everything needed to render the form in one language. @public */
export interface FormDefinition {
  schemaVersion: number;
  locale: Locale;
  /** `type: 'object'` with one property per section, titles and descriptions in the locale. */
  schema: JSONSchema;
  /** For react-jsonschema-form; `ui:order` is the section order. */
  uiSchema: Record<string, unknown>;
  sections: FormSection[];
}

/** One failing field. @public */
export interface FieldError {
  /** Dotted path, e.g. `driftskostnader.kostnader.0.belop`; empty for the document itself. */
  path: string;
  /** Names the field by its title in the chosen language. */
  message: string;
}

/** @public */
export type ValidationProfile = 'draft' | 'submit';

/** @public */
export interface ValidateOptions {
  /** `draft` (default) requires nothing; `submit` also requires `requiredOnSubmit`. */
  profile?: ValidationProfile;
  /** Dotted paths that must be filled for the `submit` profile. */
  requiredOnSubmit?: string[];
  locale?: Locale;
  /** A platform team's extra fields (`extendForm`), accepted and checked with the rest. */
  extension?: FormExtension;
}

/** @public */
export type ValidationResult =
  | { valid: true; document: HandoverDocument; errors: [] }
  | { valid: false; errors: FieldError[] };

/** @public */
export interface SectionProgress {
  id: SectionId;
  filled: number;
  total: number;
}
