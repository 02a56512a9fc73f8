import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MarkAllReadDialog } from './MarkAllReadDialog';
import { markAllRead } from './markAllRead';
import { NotificationFilters } from './NotificationFilters';
import { NotificationList } from './NotificationList';
import type { NotificationChange } from './NotificationRow';
import { isNarrowed } from './notificationQuery';
import { notificationsPageTranslationRef } from './translation';
import { useNotificationsPage } from './useNotificationsPage';

/**
 * The portal's notifications page ("Varsler"): the user's notifications,
 * unread first, with filters, paging, read/unread and save, one at a time or
 * for the selected ones, and "mark all as read". A link with `?id=` shows
 * that notification first.
 */
export function NotificationsPage() {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  const alertApi = useApi(alertApiRef);
  const [searchParams] = useSearchParams();
  const highlightedId = searchParams.get('id') ?? undefined;
  const data = useNotificationsPage(highlightedId);
  const { api, filter, changeFilter, reload, notifications } = data;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);

  // Only what is shown can stay selected.
  useEffect(() => {
    setSelected(current => {
      const shown = new Set(notifications.map(n => n.id));
      const kept = [...current].filter(id => shown.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [notifications]);

  const select = useCallback((ids: string[], value: boolean) => {
    setSelected(current => {
      const next = new Set(current);
      ids.forEach(id => (value ? next.add(id) : next.delete(id)));
      return next;
    });
  }, []);

  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await action();
      } catch {
        alertApi.post({ message: t('actions.failed'), severity: 'error' });
      } finally {
        setBusy(false);
        reload();
      }
    },
    [alertApi, reload, t],
  );

  const change = (ids: string[], what: NotificationChange) =>
    act(() => api.updateNotifications({ ids, ...what }));

  let body;
  if (data.error) {
    body = <ResponseErrorPanel error={data.error} />;
  } else if (!data.loaded) {
    body = <Progress />;
  } else {
    body = (
      <NotificationList
        view={filter.view}
        notifications={notifications}
        totalCount={data.totalCount}
        emptyText={
          isNarrowed(filter)
            ? t('list.emptyFiltered')
            : t(`list.empty.${filter.view}`)
        }
        page={filter.page}
        pageSize={filter.pageSize}
        selected={selected}
        highlightedId={highlightedId}
        busy={busy}
        onSelect={select}
        onChange={change}
        onPage={(page, pageSize) => changeFilter({ page, pageSize })}
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header title={t('title')} subtitle={t('subtitle')} />
      <Content>
        <NotificationFilters
          filter={filter}
          topics={data.topics}
          onChange={changeFilter}
        />
        {data.unread > 0 && (
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() => setConfirmOpen(true)}
            >
              {t('actions.markAllRead')}
            </Button>
          </Box>
        )}
        {body}
        <MarkAllReadDialog
          open={confirmOpen}
          unread={data.unread}
          onClose={() => setConfirmOpen(false)}
          onConfirm={() => {
            setConfirmOpen(false);
            act(() => markAllRead(api));
          }}
        />
      </Content>
    </Page>
  );
}
