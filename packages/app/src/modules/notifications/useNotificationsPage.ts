import { useCallback, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  DEFAULT_FILTER,
  toQuery,
  type NotificationFilter,
} from './notificationQuery';

/** How often to look for news when the app runs without signals. */
export const POLL_INTERVAL_MS = 30_000;

/**
 * The notifications page's data: one page of the filter, the unread count,
 * the topics to filter by and the notification a link pointed at. Reloads
 * when the notifications backend signals a change (a new notification, or
 * one read in another tab), and polls when signals are not available.
 */
export function useNotificationsPage(highlightedId?: string) {
  const api = useApi(notificationsApiRef);
  const [filter, setFilter] = useState<NotificationFilter>(DEFAULT_FILTER);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion(v => v + 1), []);

  const { lastSignal, isSignalsAvailable } = useSignal('notifications');
  useEffect(() => {
    if (lastSignal) reload();
  }, [lastSignal, reload]);
  useEffect(() => {
    if (isSignalsAvailable) return undefined;
    const timer = setInterval(reload, POLL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [isSignalsAvailable, reload]);

  const state = useAsync(async () => {
    const query = toQuery(filter);
    const { limit, offset, sort, sortOrder, topic, ...common } = query;
    const [page, status, topics] = await Promise.all([
      api.getNotifications(query),
      api.getStatus(),
      api.getTopics(common),
    ]);
    return { page, status, topics: topics.topics };
    // `version` reloads the same filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, filter, version]);

  const highlighted = useAsync(async () => {
    if (!highlightedId) return undefined;
    try {
      return await api.getNotification(highlightedId);
    } catch {
      // A link to a notification that is gone shows the list as it is.
      return undefined;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, highlightedId, version]);

  const changeFilter = useCallback(
    (change: Partial<NotificationFilter>) =>
      setFilter(current => ({ ...current, ...change })),
    [],
  );

  // The notification a link pointed at comes first, whatever the filter.
  const listed = state.value?.page.notifications ?? [];
  const target = highlighted.value;
  const notifications =
    target && !listed.some(n => n.id === target.id)
      ? [target, ...listed]
      : listed;

  return {
    api,
    filter,
    changeFilter,
    reload,
    loading: state.loading,
    error: state.error,
    loaded: state.value !== undefined,
    notifications,
    totalCount: state.value?.page.totalCount ?? 0,
    unread: state.value?.status.unread ?? 0,
    topics: state.value?.topics ?? [],
  };
}
