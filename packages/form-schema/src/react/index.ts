/**
 * A plain react-jsonschema-form rendering of the handover form, for React apps outside
 * Backstage. Needs `react`, `@rjsf/core`, `@rjsf/utils` and `@rjsf/validator-ajv8`.
 *
 * @packageDocumentation
 */

export { HandoverForm } from './HandoverForm';
export type { HandoverFormProps } from './HandoverForm';
export { EntityRefWidget } from './EntityRefWidget';
// The types its props name, so an app needs only this entry point.
export type { FieldError, HandoverDocument, Locale } from '../types';
export { documentSchema } from '../schema/documentSchema';
