import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import type { ReactNode } from 'react';
import { ManualSignalApi } from '../__testUtils__/renderWithBackend';
import { useLiveRefresh } from './useLiveRefresh';

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
