import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { OVERLEVERING_USER_SIGNAL_CHANNEL } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../api';
import { useLiveRefresh } from './useLiveRefresh';

/**
 * How many approvals wait for the signed-in person and their groups, kept
 * current as rounds open, seats are decided and rounds are withdrawn.
 * `count` is undefined until the first answer, and while the backend cannot
 * be reached.
 *
 * @public
 */
export function useWaitingApprovals(): {
  count: number | undefined;
  loading: boolean;
  error?: Error;
} {
  const api = useApi(overleveringApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.countApprovals(),
    [api],
  );
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, retry);
  return { count: error ? undefined : value?.pending, loading, error };
}
