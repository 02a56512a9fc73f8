import type { NotificationsApi } from '@backstage/plugin-notifications';

const BATCH = 100;
// Enough for any inbox; ends the loop should the backend keep answering
// with notifications it does not mark read.
const MAX_BATCHES = 1000;

/**
 * Marks every unread notification of the user read, a batch at a time, so a
 * long-unread inbox is not fetched in one response.
 */
export async function markAllRead(api: NotificationsApi): Promise<number> {
  let marked = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { notifications } = await api.getNotifications({
      read: false,
      limit: BATCH,
    });
    if (notifications.length === 0) break;
    await api.updateNotifications({
      ids: notifications.map(n => n.id),
      read: true,
    });
    marked += notifications.length;
  }
  return marked;
}
