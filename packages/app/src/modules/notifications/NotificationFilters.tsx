import { useEffect, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';
import {
  CREATED_AFTER,
  SEVERITIES,
  SORT_ORDERS,
  VIEWS,
  type CreatedAfter,
  type NotificationFilter,
  type NotificationView,
  type SortOrder,
} from './notificationQuery';
import { notificationsPageTranslationRef } from './translation';

/** How long typing pauses before the search is sent. */
export const SEARCH_DELAY_MS = 400;

/**
 * The filters above the list. A change of any filter goes back to the first
 * page; the search is sent once typing pauses.
 */
export function NotificationFilters(props: {
  filter: NotificationFilter;
  topics: string[];
  onChange: (change: Partial<NotificationFilter>) => void;
}) {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  const { filter, onChange } = props;
  const [search, setSearch] = useState(filter.search ?? '');

  useEffect(() => {
    if (search === (filter.search ?? '')) return undefined;
    const timer = setTimeout(
      () => onChange({ search, page: 0 }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [search, filter.search, onChange]);

  // A topic that no longer has notifications stays selectable until changed.
  const topics =
    filter.topic && !props.topics.includes(filter.topic)
      ? [filter.topic, ...props.topics]
      : props.topics;

  return (
    <Stack
      component="section"
      aria-label={t('filters.title')}
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ mb: 2 }}
    >
      <TextField
        select
        size="small"
        label={t('filters.view.label')}
        value={filter.view}
        onChange={e =>
          onChange({ view: e.target.value as NotificationView, page: 0 })
        }
        sx={{ minWidth: 140 }}
      >
        {VIEWS.map(view => (
          <MenuItem key={view} value={view}>
            {t(`filters.view.${view}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="search"
        label={t('filters.search')}
        value={search}
        onChange={e => setSearch(e.target.value)}
        sx={{ flexGrow: 1 }}
      />
      <TextField
        select
        size="small"
        label={t('filters.createdAfter.label')}
        value={filter.createdAfter}
        onChange={e =>
          onChange({ createdAfter: e.target.value as CreatedAfter, page: 0 })
        }
        sx={{ minWidth: 150 }}
      >
        {CREATED_AFTER.map(option => (
          <MenuItem key={option} value={option}>
            {t(`filters.createdAfter.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filters.severity.label')}
        value={filter.minimumSeverity}
        onChange={e =>
          onChange({
            minimumSeverity: e.target.value as NotificationSeverity,
            page: 0,
          })
        }
        sx={{ minWidth: 170 }}
      >
        {SEVERITIES.map(severity => (
          <MenuItem key={severity} value={severity}>
            {t(`filters.severity.${severity}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filters.topic.label')}
        value={filter.topic ?? ''}
        onChange={e =>
          onChange({ topic: e.target.value || undefined, page: 0 })
        }
        sx={{ minWidth: 150 }}
      >
        <MenuItem value="">{t('filters.topic.any')}</MenuItem>
        {topics.map(topic => (
          <MenuItem key={topic} value={topic}>
            {topic}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filters.sort.label')}
        value={filter.sort}
        onChange={e => onChange({ sort: e.target.value as SortOrder, page: 0 })}
        sx={{ minWidth: 150 }}
      >
        {SORT_ORDERS.map(order => (
          <MenuItem key={order} value={order}>
            {t(`filters.sort.${order}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
