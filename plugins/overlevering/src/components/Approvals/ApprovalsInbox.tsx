import { useEffect } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { OVERLEVERING_USER_SIGNAL_CHANNEL } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { decisionRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage, useLiveRefresh } from '../../hooks';
import { CursorPager, useCursorPages } from '../CursorPager';
import { roleTitle } from '../HandoverPage';

/**
 * "Godkjenninger": the seats waiting for me and my groups, oldest first, a
 * page at a time.
 */
export function ApprovalsInbox(props: { pageSize?: number }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const decisionLink = useRouteRef(decisionRouteRef);
  const { dateTime } = useFormatters();
  const language = useLanguage();
  const pageSize = props.pageSize ?? 20;
  const pages = useCursorPages();
  const { cursor, previous } = pages;

  // The order comes from the backend: the cursors depend on it, so re-sorting
  // a page here could only hide a backend that breaks it.
  const page = useAsyncRetry(
    async () => ({
      ...(await api.listApprovals({ limit: pageSize, cursor })),
      cursor,
    }),
    [api, cursor, pageSize],
  );
  // The seats' titles: read once, not again with every page and refresh.
  const form = useAsync(() => api.getForm(), [api]);
  const roles = form.value?.approverRoles;
  const value = roles && page.value ? { ...page.value, roles } : undefined;
  const loading = page.loading || form.loading;
  const error = page.error ?? form.error;
  const retry = page.retry;
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, retry);

  // Deciding the last seats of a later page empties it; step back so the
  // user never looks at an empty page while earlier seats still wait.
  // Only a page fetched for the current cursor counts, so a step back
  // waits for the page it stepped to.
  const emptiedLaterPage =
    value !== undefined &&
    value.cursor === cursor &&
    value.items.length === 0 &&
    pages.page > 1;
  useEffect(() => {
    if (emptiedLaterPage) previous();
  }, [emptiedLaterPage, previous]);

  return (
    <Box>
      <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('approvals.title')}
      </Typography>
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && value.items.length === 0 && pages.page === 1 && (
        <Typography>{t('approvals.empty')}</Typography>
      )}
      {value && value.items.length > 0 && (
        <>
          <Table size="small" aria-label={t('approvals.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('common.title')}</TableCell>
                <TableCell>{t('approvals.role')}</TableCell>
                <TableCell>
                  {t('common.round', { number: '' }).trim()}
                </TableCell>
                <TableCell>{t('common.service')}</TableCell>
                <TableCell>{t('approvals.submitted')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(item => (
                <TableRow
                  key={`${item.handover.id}/${item.round}/${item.role}`}
                >
                  <TableCell>
                    <Link
                      to={decisionLink({
                        id: item.handover.id,
                        round: String(item.round),
                        role: item.role,
                      })}
                    >
                      {item.handover.title || t('common.untitled')}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {roleTitle(value.roles, item.role, language)}
                    {parseEntityRef(item.approver).kind === 'group' && (
                      <Typography variant="caption" display="block">
                        {t('approvals.asGroup', { group: '' })}
                        <EntityRefLink entityRef={item.approver} />
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{item.round}</TableCell>
                  <TableCell>
                    {item.handover.entityRef && (
                      <EntityRefLink entityRef={item.handover.entityRef} />
                    )}
                  </TableCell>
                  <TableCell>{dateTime(item.submittedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <CursorPager
            page={pages.page}
            // Until the current page has loaded, its nextCursor is unknown.
            nextCursor={value.cursor === cursor ? value.nextCursor : undefined}
            onPrevious={previous}
            onNext={pages.next}
          />
        </>
      )}
    </Box>
  );
}
