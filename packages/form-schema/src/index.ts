/**
 * The Overlevering til produksjon handover form: JSON Schema (nb + en), uiSchema, document
 * types, validation, progress, Markdown export and migration. Framework-free; a plain React
 * form is under `@hemit/overlevering-form-schema/react`.
 *
 * @packageDocumentation
 */

export {
  SCHEMA_VERSION,
  documentSchema,
  sectionsSchema,
  DELIVERY_TYPES,
  ENVIRONMENTS,
  COST_CATEGORIES,
  COST_PERIODS,
} from './schema/documentSchema';
export { SECTION_IDS } from './schema/sections';
export type { SectionId } from './schema/sections';
export { ENTITY_REF_PATTERN } from './schema/entityRef';
export { FIXED_PATHS, getValueAtPath } from './schema/paths';
export {
  FIELDS,
  SECTION_FIELDS,
  getField,
  stripIndices,
  isKnownPath,
  assertKnownPaths,
  knownPaths,
} from './schema/fields';
export type { FieldInfo, FieldKind } from './schema/fields';
export type {
  HandoverDocument,
  Locale,
  FormSection,
  FormDefinition,
  JSONSchema,
  FieldError,
  ValidationProfile,
  ValidateOptions,
  ValidationResult,
  SectionProgress,
} from './types';
export { getForm } from './form/getForm';
export { extendForm } from './extension/extendForm';
export type {
  ExtraField,
  ExtraFieldConfig,
  ExtraFieldsConfig,
  ExtraFieldWords,
  FormExtension,
} from './extension/types';
export {
  ENTITY_REF_WIDGET,
  entityKindsOf,
  buildUiSchema,
} from './form/uiSchema';
export { toErrorSchema } from './form/toErrorSchema';
export { NO_DEFAULT_ANSWERS } from './form/noDefaultAnswers';
export type { FormErrorSchema } from './form/toErrorSchema';
export { getTexts } from './texts';
export { nbFields as BOKMAL_FIELD_TEXTS } from './texts/nb';
export type { FormTexts, FieldText, CommonTexts, TextKey } from './texts';
export { validateDocument } from './validation/validateDocument';
export { DOCUMENT_LIMITS } from './validation/limits';
export { sectionProgress } from './progress/sectionProgress';
export { isFilled } from './progress/isFilled';
export { toMarkdown, type MarkdownOptions } from './export/toMarkdown';
export { escapeMarkdown, escapeTableCell } from './export/escapeMarkdown';
export {
  yearlyCostTotal,
  yearlyCostOfLine,
  costLinesTotal,
} from './costs/yearlyCostTotal';
export type { CostTotals } from './costs/yearlyCostTotal';
export { migrateDocument, documentVersion } from './migration/migrateDocument';
export {
  parseAmount,
  couldBecomeAmount,
  formatAmount,
} from './amounts/amounts';
export type { ParsedAmount } from './amounts/amounts';
