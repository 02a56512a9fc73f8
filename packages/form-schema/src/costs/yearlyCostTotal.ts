import { getValueAtPath } from '../schema/paths';

/** The yearly and one-off sums of a document's cost lines, in NOK. @public */
export interface CostTotals {
  /** Monthly lines × 12 plus yearly lines. */
  yearly: number;
  /** One-off lines, kept apart: they are not a running cost. */
  oneOff: number;
}

/**
 * Sums the cost lines of `driftskostnader.kostnader`. Lines without a number amount or without
 * a period are left out, since they cannot be placed on a year.
 *
 * @public
 */
export function yearlyCostTotal(doc: unknown): CostTotals {
  const lines = getValueAtPath(doc, 'driftskostnader.kostnader');
  const totals: CostTotals = { yearly: 0, oneOff: 0 };
  if (!Array.isArray(lines)) return totals;
  for (const line of lines) {
    const amount = (line as Record<string, unknown> | null)?.belop;
    const period = (line as Record<string, unknown> | null)?.periode;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) continue;
    if (period === 'maanedlig') totals.yearly += amount * 12;
    else if (period === 'aarlig') totals.yearly += amount;
    else if (period === 'engangs') totals.oneOff += amount;
  }
  // Round away floating-point noise from øre amounts.
  totals.yearly = Math.round(totals.yearly * 100) / 100;
  totals.oneOff = Math.round(totals.oneOff * 100) / 100;
  return totals;
}
