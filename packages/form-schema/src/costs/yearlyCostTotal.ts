import { getValueAtPath } from '../schema/paths';

/** The yearly and one-off sums of a document's cost lines, in NOK. @public */
export interface CostTotals {
  /** Monthly lines × 12 plus yearly lines. */
  yearly: number;
  /** One-off lines, kept apart: they are not a running cost. */
  oneOff: number;
}

// Sums of øre amounts carry floating-point noise (0.1 × 12); a cost is
// shown and compared in whole øre.
const toOre = (amount: number) => Math.round(amount * 100) / 100;

/** The line's amount when it is a number, else undefined (not filled, or text that is no number). */
function amountOf(line: unknown): number | undefined {
  const amount = (line as Record<string, unknown> | null)?.belop;
  return typeof amount === 'number' && Number.isFinite(amount)
    ? amount
    : undefined;
}

function periodOf(line: unknown): unknown {
  return (line as Record<string, unknown> | null)?.periode;
}

/**
 * What one cost line costs per year, in NOK: a monthly amount × 12, a yearly amount as it is.
 * Undefined when the line is no running cost (one-off) or cannot be placed on a year yet: no
 * number amount, or no period chosen.
 *
 * @public
 */
export function yearlyCostOfLine(line: unknown): number | undefined {
  const amount = amountOf(line);
  if (amount === undefined) return undefined;
  switch (periodOf(line)) {
    case 'maanedlig':
      return toOre(amount * 12);
    case 'aarlig':
      return amount;
    default:
      return undefined;
  }
}

/**
 * The sums of a list of cost lines: the yearly figure of each line (see `yearlyCostOfLine`)
 * and, apart, the one-off lines. Lines without a number amount or without a period are left
 * out.
 *
 * @public
 */
export function costLinesTotal(lines: unknown): CostTotals {
  const totals: CostTotals = { yearly: 0, oneOff: 0 };
  if (!Array.isArray(lines)) return totals;
  for (const line of lines) {
    totals.yearly += yearlyCostOfLine(line) ?? 0;
    const amount = amountOf(line);
    if (amount !== undefined && periodOf(line) === 'engangs') {
      totals.oneOff += amount;
    }
  }
  return { yearly: toOre(totals.yearly), oneOff: toOre(totals.oneOff) };
}

/**
 * Sums the cost lines of `driftskostnader.kostnader` (see `costLinesTotal`).
 *
 * @public
 */
export function yearlyCostTotal(doc: unknown): CostTotals {
  return costLinesTotal(getValueAtPath(doc, 'driftskostnader.kostnader'));
}
