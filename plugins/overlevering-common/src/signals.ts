import type { HandoverStatus } from './types';

/**
 * The signal channel that carries every change of one handover.
 *
 * @public
 */
export function handoverSignalChannel(handoverId: string): string {
  return `overlevering:handover:${handoverId}`;
}

/**
 * The signal channel on which a user hears of changes to handovers they own
 * or hold a seat of (the lists and the approvals tab listen here).
 *
 * @public
 */
export const OVERLEVERING_USER_SIGNAL_CHANNEL = 'overlevering:user';

/**
 * The message published on both channels after a change.
 *
 * @public
 */
export interface HandoverSignal {
  handoverId: string;
  type: string;
  status: HandoverStatus;
  revision: number;
}
