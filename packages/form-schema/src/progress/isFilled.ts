/**
 * Whether a value counts as filled in: non-blank text, a number, a yes/no answered, a list with
 * at least one row, or an object (a section) with at least one filled value. A yes/no with an
 * explanation counts by its answer, not by the explanation.
 *
 * @public
 */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('svar' in record || 'forklaring' in record) {
      return typeof record.svar === 'boolean';
    }
    return Object.values(record).some(isFilled);
  }
  return false;
}
