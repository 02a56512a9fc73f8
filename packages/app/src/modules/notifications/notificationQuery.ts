import type { GetNotificationsOptions } from '@backstage/plugin-notifications';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';

export const VIEWS = ['unread', 'read', 'saved', 'all'] as const;
export type NotificationView = (typeof VIEWS)[number];

export const CREATED_AFTER = ['anyTime', 'last24h', 'lastWeek'] as const;
export type CreatedAfter = (typeof CREATED_AFTER)[number];

export const SEVERITIES: NotificationSeverity[] = [
  'low',
  'normal',
  'high',
  'critical',
];

export const SORT_ORDERS = ['newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const PAGE_SIZES = [10, 20, 50];

/** What the user has chosen to see on the notifications page. */
export type NotificationFilter = {
  view: NotificationView;
  createdAfter: CreatedAfter;
  minimumSeverity: NotificationSeverity;
  topic?: string;
  search?: string;
  sort: SortOrder;
  page: number;
  pageSize: number;
};

/** Unread first, as the sidebar badge counts them; every severity. */
export const DEFAULT_FILTER: NotificationFilter = {
  view: 'unread',
  createdAfter: 'anyTime',
  minimumSeverity: 'low',
  sort: 'newest',
  page: 0,
  pageSize: 10,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The notifications backend's query for one page of the filter. */
export function toQuery(
  filter: NotificationFilter,
  now: Date = new Date(),
): GetNotificationsOptions {
  const query: GetNotificationsOptions = {
    limit: filter.pageSize,
    offset: filter.page * filter.pageSize,
    minimumSeverity: filter.minimumSeverity,
    sort: 'created',
    sortOrder: filter.sort === 'newest' ? 'desc' : 'asc',
  };
  if (filter.view === 'unread') query.read = false;
  if (filter.view === 'read') query.read = true;
  if (filter.view === 'saved') query.saved = true;
  if (filter.topic) query.topic = filter.topic;
  const search = filter.search?.trim();
  if (search) query.search = search;
  if (filter.createdAfter !== 'anyTime') {
    const days = filter.createdAfter === 'last24h' ? 1 : 7;
    query.createdAfter = new Date(now.getTime() - days * DAY_MS);
  }
  return query;
}

/** True when the filter narrows a view beyond its defaults. */
export function isNarrowed(filter: NotificationFilter): boolean {
  return (
    filter.createdAfter !== DEFAULT_FILTER.createdAfter ||
    filter.minimumSeverity !== DEFAULT_FILTER.minimumSeverity ||
    Boolean(filter.topic) ||
    Boolean(filter.search?.trim())
  );
}
