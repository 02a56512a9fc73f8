import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Bookmark from '@mui/icons-material/Bookmark';
import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import MarkEmailRead from '@mui/icons-material/MarkEmailRead';
import MarkEmailUnread from '@mui/icons-material/MarkEmailUnread';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Notification } from '@backstage/plugin-notifications-common';
import { SeverityChip } from './SeverityChip';
import { absoluteTime, localeOf, relativeTime } from './relativeTime';
import { notificationsPageTranslationRef } from './translation';

export type NotificationChange = { read?: boolean; saved?: boolean };

/**
 * Whether a notification's link can be shown as one: a path in the portal or
 * a web address. Any other scheme (`javascript:`, `data:`) is refused, and
 * the title is shown as plain text.
 */
export function isSafeLink(link: string | undefined): link is string {
  if (!link) return false;
  if (link.startsWith('/') && !link.startsWith('//')) return true;
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol);
  } catch {
    return false;
  }
}

/**
 * One notification: its title (a link where it points somewhere), text,
 * topic and age, and the buttons that mark it read or unread and save it.
 * Opening its link marks it read, as reading it is what the link is for.
 */
export function NotificationRow(props: {
  notification: Notification;
  selected: boolean;
  highlighted: boolean;
  onSelect: (selected: boolean) => void;
  onChange: (change: NotificationChange) => void;
}) {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  const locale = localeOf(t('languageCode'));
  const { notification, highlighted } = props;
  const { payload } = notification;
  const read = Boolean(notification.read);
  const saved = Boolean(notification.saved);
  const severity = payload.severity ?? 'normal';
  const created = new Date(notification.created);
  const rowRef = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (highlighted) rowRef.current?.focus();
  }, [highlighted]);

  const title = isSafeLink(payload.link) ? (
    <Link
      to={payload.link}
      onClick={() => {
        if (!read) props.onChange({ read: true });
      }}
    >
      {payload.title}
    </Link>
  ) : (
    payload.title
  );

  return (
    <TableRow
      ref={rowRef}
      id={`notification-${notification.id}`}
      tabIndex={highlighted ? -1 : undefined}
      selected={props.selected || highlighted}
    >
      <TableCell padding="checkbox">
        <Checkbox
          checked={props.selected}
          onChange={e => props.onSelect(e.target.checked)}
          inputProps={{
            'aria-label': t('list.selectOne', { title: payload.title }),
          }}
        />
      </TableCell>
      <TableCell>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 1,
            alignItems: 'center',
          }}
        >
          <Typography
            component="span"
            variant="body1"
            sx={{ fontWeight: read ? 'normal' : 'bold' }}
          >
            {title}
          </Typography>
          {!read && (
            <Chip size="small" color="primary" label={t('list.unread')} />
          )}
          {saved && (
            <Chip size="small" variant="outlined" label={t('list.saved')} />
          )}
          <SeverityChip severity={severity} />
        </Box>
        {payload.description && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mt: 0.5 }}>
            {payload.description}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {[!notification.user ? t('list.broadcast') : undefined, payload.topic]
            .filter(Boolean)
            .map(part => `${part} · `)}
          <time
            dateTime={created.toISOString()}
            title={absoluteTime(created, locale)}
          >
            {relativeTime(created, locale)}
          </time>
        </Typography>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Tooltip
          title={
            read ? t('actions.markUnreadShort') : t('actions.markReadShort')
          }
        >
          <IconButton
            aria-label={
              read
                ? t('actions.markUnread', { title: payload.title })
                : t('actions.markRead', { title: payload.title })
            }
            onClick={() => props.onChange({ read: !read })}
          >
            {read ? <MarkEmailUnread /> : <MarkEmailRead />}
          </IconButton>
        </Tooltip>
        <Tooltip
          title={saved ? t('actions.unsaveShort') : t('actions.saveShort')}
        >
          <IconButton
            aria-label={
              saved
                ? t('actions.unsave', { title: payload.title })
                : t('actions.save', { title: payload.title })
            }
            onClick={() => props.onChange({ saved: !saved })}
          >
            {saved ? <Bookmark /> : <BookmarkBorder />}
          </IconButton>
        </Tooltip>
      </TableCell>
    </TableRow>
  );
}
