import { useEffect, useRef } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import type { HandoverSignal } from '@hemit/plugin-overlevering-common';

/** How often to poll when the app has no signals (the old tool needed a page refresh). */
export const POLL_INTERVAL_MS = 30_000;

/**
 * Calls `refresh` whenever the backend publishes a change on `channel`, and
 * polls instead when the app runs without the signals plugin, so what is shown
 * never needs a page refresh.
 */
export function useLiveRefresh(
  channel: string,
  refresh: () => void,
  options: { pollIntervalMs?: number } = {},
): { live: boolean } {
  const { lastSignal, isSignalsAvailable } = useSignal<
    HandoverSignal & Record<string, any>
  >(channel);
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  useEffect(() => {
    if (lastSignal) {
      refreshRef.current();
    }
  }, [lastSignal]);

  const pollIntervalMs = options.pollIntervalMs ?? POLL_INTERVAL_MS;
  useEffect(() => {
    if (isSignalsAvailable) {
      return undefined;
    }
    const timer = setInterval(() => refreshRef.current(), pollIntervalMs);
    return () => clearInterval(timer);
  }, [isSignalsAvailable, pollIntervalMs]);

  return { live: isSignalsAvailable };
}
