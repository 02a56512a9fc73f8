import type { JsonRecord } from '../../lib/document';
import { CostLinesField } from './CostLinesField';

/**
 * The uiSchema with the cost lines as one table (`CostLinesField`) instead
 * of a stack of row cards.
 */
export function withCostLinesTable(uiSchema: JsonRecord): JsonRecord {
  const section = (uiSchema.driftskostnader ?? {}) as JsonRecord;
  const costLines = (section.kostnader ?? {}) as JsonRecord;
  return {
    ...uiSchema,
    driftskostnader: {
      ...section,
      kostnader: { ...costLines, 'ui:field': CostLinesField },
    },
  };
}
