import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import type { ReactNode } from 'react';
import { useLiveRefresh } from './useLiveRefresh';

/** Backstage's signal API with messages the test sends by hand. */
class ManualSignalApi implements SignalApi {
  private readonly listeners = new Map<string, Set<(m: any) => void>>();

  subscribe(channel: string, onMessage: (message: any) => void) {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(onMessage);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(onMessage) };
  }

  publish(channel: string, message: object) {
    this.listeners.get(channel)?.forEach(listener => listener(message));
  }
}

describe('useLiveRefresh', () => {
  afterEach(() => jest.useRealTimers());

  it('refreshes on each signal of its channel only', () => {
    const signals = new ManualSignalApi();
    const refresh = jest.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[signalApiRef, signals]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(
      () => useLiveRefresh('overlevering:handover:h1', refresh),
      { wrapper },
    );
    expect(result.current.live).toBe(true);
    act(() =>
      signals.publish('overlevering:handover:h2', { handoverId: 'h2' }),
    );
    expect(refresh).not.toHaveBeenCalled();
    act(() =>
      signals.publish('overlevering:handover:h1', { handoverId: 'h1' }),
    );
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('polls when the app has no signals', () => {
    jest.useFakeTimers();
    const refresh = jest.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[]}>{children}</TestApiProvider>
    );
    const { result, unmount } = renderHook(
      () =>
        useLiveRefresh('overlevering:user', refresh, { pollIntervalMs: 1000 }),
      { wrapper },
    );
    expect(result.current.live).toBe(false);
    act(() => jest.advanceTimersByTime(3100));
    expect(refresh).toHaveBeenCalledTimes(3);
    unmount();
    act(() => jest.advanceTimersByTime(5000));
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
