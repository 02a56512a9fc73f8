import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { documentSchema } from '../schema/documentSchema';

let compiled: ValidateFunction | undefined;

/**
 * The document validator, compiled once on first use. Strict mode makes a schema mistake (an
 * unknown keyword, a typo in a type) fail at compile time instead of silently accepting data.
 */
export function documentValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv, ['date', 'uri']);
    compiled = ajv.compile(documentSchema);
  }
  return compiled;
}
