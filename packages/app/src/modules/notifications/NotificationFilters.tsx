import { useEffect, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  CREATED_AFTER,
  SEVERITIES,
  SORT_ORDERS,
  VIEWS,
  type NotificationFilter,
} from './notificationQuery';
import { notificationsPageTranslationRef } from './translation';

/** One labelled choice among `options` ([value, label] pairs). */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
  minWidth: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(e.target.value as T)}
      sx={{ minWidth: props.minWidth }}
    >
      {props.options.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}

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
      <FilterSelect
        label={t('filters.view.label')}
        value={filter.view}
        options={VIEWS.map(view => [view, t(`filters.view.${view}`)])}
        onChange={view => onChange({ view, page: 0 })}
        minWidth={140}
      />
      <TextField
        size="small"
        type="search"
        label={t('filters.search')}
        value={search}
        onChange={e => setSearch(e.target.value)}
        sx={{ flexGrow: 1 }}
      />
      <FilterSelect
        label={t('filters.createdAfter.label')}
        value={filter.createdAfter}
        options={CREATED_AFTER.map(option => [
          option,
          t(`filters.createdAfter.${option}`),
        ])}
        onChange={createdAfter => onChange({ createdAfter, page: 0 })}
        minWidth={150}
      />
      <FilterSelect
        label={t('filters.severity.label')}
        value={filter.minimumSeverity}
        options={SEVERITIES.map(severity => [
          severity,
          t(`filters.severity.${severity}`),
        ])}
        onChange={minimumSeverity => onChange({ minimumSeverity, page: 0 })}
        minWidth={170}
      />
      <FilterSelect
        label={t('filters.topic.label')}
        value={filter.topic ?? ''}
        options={[
          ['', t('filters.topic.any')],
          ...topics.map(topic => [topic, topic] as [string, string]),
        ]}
        onChange={topic => onChange({ topic: topic || undefined, page: 0 })}
        minWidth={150}
      />
      <FilterSelect
        label={t('filters.sort.label')}
        value={filter.sort}
        options={SORT_ORDERS.map(order => [order, t(`filters.sort.${order}`)])}
        onChange={sort => onChange({ sort, page: 0 })}
        minWidth={150}
      />
    </Stack>
  );
}
