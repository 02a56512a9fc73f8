import type { NotificationsApi } from '@backstage/plugin-notifications';

const BATCH = 100;

/**
 * Marks every unread notification of the user read, a batch at a time, so a
 * long-unread inbox is not fetched in one response. Stops when a batch holds
 * only notifications it has already marked, should the backend keep
 * answering with them.
 */
export async function markAllRead(api: NotificationsApi): Promise<number> {
  const marked = new Set<string>();
  for (;;) {
    const { notifications } = await api.getNotifications({
      read: false,
      limit: BATCH,
    });
    const ids = notifications.map(n => n.id).filter(id => !marked.has(id));
    if (ids.length === 0) return marked.size;
    await api.updateNotifications({ ids, read: true });
    ids.forEach(id => marked.add(id));
  }
}
