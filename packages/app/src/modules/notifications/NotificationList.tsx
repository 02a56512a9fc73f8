import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Notification } from '@backstage/plugin-notifications-common';
import { PAGE_SIZES, type NotificationView } from './notificationQuery';
import { NotificationRow, type NotificationChange } from './NotificationRow';
import { notificationsPageTranslationRef } from './translation';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** What can be done to the selected notifications at once. */
const bulkActions = [
  { label: 'actions.markSelectedRead', change: { read: true } },
  { label: 'actions.markSelectedUnread', change: { read: false } },
  { label: 'actions.saveSelected', change: { saved: true } },
  { label: 'actions.unsaveSelected', change: { saved: false } },
] as const;

/**
 * One page of notifications with its heading, the actions on the selected
 * ones and the pager.
 */
export function NotificationList(props: {
  view: NotificationView;
  notifications: Notification[];
  totalCount: number;
  emptyText: string;
  page: number;
  pageSize: number;
  selected: Set<string>;
  highlightedId?: string;
  busy: boolean;
  onSelect: (ids: string[], selected: boolean) => void;
  onChange: (ids: string[], change: NotificationChange) => void;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  const { notifications, selected } = props;
  const ids = notifications.map(n => n.id);
  const chosen = notifications.filter(n => selected.has(n.id));
  const allChosen = chosen.length > 0 && chosen.length === notifications.length;

  return (
    <Box component="section" aria-labelledby="notifications-heading">
      <Typography id="notifications-heading" variant="h5" component="h2">
        {t(`list.heading.${props.view}`, { total: String(props.totalCount) })}
      </Typography>
      {chosen.length > 0 && (
        <Box
          role="toolbar"
          aria-label={t('actions.selected', { number: String(chosen.length) })}
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 1,
            alignItems: 'center',
            my: 1,
          }}
        >
          <Typography component="span" variant="body2">
            {t('actions.selected', { number: String(chosen.length) })}
          </Typography>
          {bulkActions.map(action => (
            <Button
              key={action.label}
              size="small"
              disabled={props.busy}
              onClick={() =>
                props.onChange(
                  chosen.map(n => n.id),
                  action.change,
                )
              }
            >
              {t(action.label)}
            </Button>
          ))}
        </Box>
      )}
      {notifications.length === 0 ? (
        <Typography sx={{ py: 2 }}>{props.emptyText}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={() => props.onSelect(ids, !allChosen)}
                  inputProps={{ 'aria-label': t('list.selectAll') }}
                />
              </TableCell>
              <TableCell>{t('list.columns.notification')}</TableCell>
              <TableCell align="right">
                <Box component="span" sx={visuallyHidden}>
                  {t('list.columns.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {notifications.map(notification => (
              <NotificationRow
                key={notification.id}
                notification={notification}
                selected={selected.has(notification.id)}
                highlighted={notification.id === props.highlightedId}
                onSelect={value => props.onSelect([notification.id], value)}
                onChange={change => props.onChange([notification.id], change)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {props.totalCount > 0 && (
        <TablePagination
          component="div"
          count={props.totalCount}
          page={props.page}
          rowsPerPage={props.pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_, page) => props.onPage(page, props.pageSize)}
          onRowsPerPageChange={e => props.onPage(0, Number(e.target.value))}
          labelRowsPerPage={t('list.rowsPerPage')}
          labelDisplayedRows={({ from, to, count }) =>
            t('list.displayedRows', {
              from: String(from),
              to: String(to),
              total: String(count),
            })
          }
          getItemAriaLabel={type =>
            t('list.pageLabel', { type: t(`list.pageTypes.${type}`) })
          }
          showFirstButton
          showLastButton
        />
      )}
    </Box>
  );
}
