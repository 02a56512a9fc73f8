import type {
  GetNotificationsOptions,
  GetTopicsOptions,
  NotificationsApi,
  UpdateNotificationsOptions,
} from '@backstage/plugin-notifications';
import type {
  Notification,
  NotificationSeverity,
} from '@backstage/plugin-notifications-common';

const SEVERITY_RANK: Record<NotificationSeverity, number> = {
  low: 0,
  normal: 1,
  high: 2,
  critical: 3,
};

/**
 * The notifications backend of one user, in memory, answering queries the
 * way the notifications backend's store does: filters, severity at or
 * above the minimum, newest first by default, offset and limit.
 */
export class FakeNotificationsApi implements NotificationsApi {
  readonly notifications: Notification[] = [];
  /** Requests to make fail, for the error paths. */
  failUpdates = false;
  private nextId = 1;

  add(
    payload: Partial<Notification['payload']> & { title: string },
    options: { created?: Date; read?: boolean; saved?: boolean } = {},
  ): Notification {
    const created = options.created ?? new Date();
    const notification: Notification = {
      id: `n${this.nextId++}`,
      user: 'user:default/kari.nordmann',
      created,
      origin: 'plugin:overlevering',
      payload: { severity: 'normal', ...payload },
      read: options.read ? created : undefined,
      saved: options.saved ? created : undefined,
    };
    this.notifications.push(notification);
    return notification;
  }

  byTitle(title: string): Notification {
    const found = this.notifications.find(n => n.payload.title === title);
    if (!found) throw new Error(`No notification "${title}"`);
    return found;
  }

  private matching(options: GetTopicsOptions & { topic?: string }) {
    const search = options.search?.toLocaleLowerCase();
    return this.notifications.filter(
      n =>
        (options.read === undefined || Boolean(n.read) === options.read) &&
        (options.saved === undefined || Boolean(n.saved) === options.saved) &&
        (!options.createdAfter || n.created >= options.createdAfter) &&
        (!options.minimumSeverity ||
          SEVERITY_RANK[n.payload.severity ?? 'normal'] >=
            SEVERITY_RANK[options.minimumSeverity]) &&
        (!options.topic || n.payload.topic === options.topic) &&
        (!search ||
          `${n.payload.title} ${n.payload.description ?? ''}`
            .toLocaleLowerCase()
            .includes(search)),
    );
  }

  async getNotifications(options: GetNotificationsOptions = {}) {
    const all = this.matching(options).sort((a, b) =>
      options.sortOrder === 'asc'
        ? a.created.getTime() - b.created.getTime()
        : b.created.getTime() - a.created.getTime(),
    );
    const offset = options.offset ?? 0;
    const end =
      options.limit === undefined ? undefined : offset + options.limit;
    return {
      notifications: all.slice(offset, end).map(n => ({ ...n })),
      totalCount: all.length,
    };
  }

  async getNotification(id: string) {
    const found = this.notifications.find(n => n.id === id);
    if (!found) throw new Error('Not found');
    return { ...found };
  }

  async getStatus() {
    const unread = this.notifications.filter(n => !n.read).length;
    return { unread, read: this.notifications.length - unread };
  }

  async updateNotifications(options: UpdateNotificationsOptions) {
    if (this.failUpdates) throw new Error('Service unavailable');
    const changed = this.notifications.filter(n => options.ids.includes(n.id));
    const now = new Date();
    for (const n of changed) {
      if (options.read !== undefined) n.read = options.read ? now : undefined;
      if (options.saved !== undefined)
        n.saved = options.saved ? now : undefined;
    }
    return changed.map(n => ({ ...n }));
  }

  async getTopics(options: GetTopicsOptions = {}) {
    const topics = this.matching(options).flatMap(n =>
      n.payload.topic ? [n.payload.topic] : [],
    );
    return { topics: [...new Set(topics)].sort() };
  }

  async getNotificationSettings() {
    return { channels: [] };
  }

  async updateNotificationSettings(settings: any) {
    return settings;
  }
}
