import { useEffect } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
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
import {
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  type ApprovalItem,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { decisionRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import {
  useCurrentUser,
  useFormatters,
  useLanguage,
  useLiveRefresh,
} from '../../hooks';
import { CursorPager, useCursorPages } from '../CursorPager';
import { roleTitle } from '../HandoverPage';
import { oneLine, ReadableTable, usePhoneLayout } from '../HandoverTable';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` until now. */
function daysSince(since: string): number {
  return Math.max(0, Math.floor((Date.now() - Date.parse(since)) / DAY_MS));
}

/** What the inbox shows of one waiting seat, in the reader's words. */
function useSeatTexts(roles: ApproverRole[]) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const decisionLink = useRouteRef(decisionRouteRef);
  const { date, dateTime } = useFormatters();
  const language = useLanguage();
  const me = useCurrentUser();
  return (item: ApprovalItem) => {
    const days = daysSince(item.submittedAt);
    return {
      // Deciding it would be a self-approval: say so before, not after.
      ownHandover: me !== undefined && item.handover.owner === me,
      link: decisionLink({
        id: item.handover.id,
        round: String(item.round),
        role: item.role,
      }),
      title: item.handover.title || t('common.untitled'),
      role: roleTitle(roles, item.role, language),
      round: t('common.round', { number: String(item.round) }),
      forGroup: parseEntityRef(item.approver).kind === 'group',
      plannedDate: item.plannedDate
        ? date(item.plannedDate)
        : t('inbox.noPlannedDate'),
      waiting:
        days === 0
          ? t('inbox.waitingToday')
          : t('inbox.waitingDays', { count: days }),
      sent: `${t('approvals.submitted')} ${dateTime(item.submittedAt)}`,
    };
  };
}

/** The group a seat is held for, under the role: "for Server". */
function ForGroup(props: { approver: string }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Typography variant="caption" display="block">
      {t('approvals.asGroup', { group: '' })}
      <EntityRefLink entityRef={props.approver} />
    </Typography>
  );
}

/** The absent person a seat is decided for, as deputy: "på vegne av Siri". */
function OnBehalfOf(props: { person: string }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Typography variant="caption" display="block" color="info.dark">
      {t('absences.onBehalfOf', { name: '' })}
      <EntityRefLink entityRef={props.person} />
    </Typography>
  );
}

/** The seats as a table: one row each, a column per fact. */
function InboxTable(props: { items: ApprovalItem[]; roles: ApproverRole[] }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const textsOf = useSeatTexts(props.roles);
  return (
    <ReadableTable aria-label={t('approvals.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('common.title')}</TableCell>
          <TableCell>{t('approvals.role')}</TableCell>
          <TableCell>{t('common.round', { number: '' }).trim()}</TableCell>
          <TableCell>{t('inbox.askedBy')}</TableCell>
          <TableCell>{t('common.service')}</TableCell>
          <TableCell>{t('inbox.plannedDate')}</TableCell>
          <TableCell>{t('inbox.waiting')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(item => {
          const texts = textsOf(item);
          return (
            <TableRow key={`${item.handover.id}/${item.round}/${item.role}`}>
              <TableCell>
                <Link to={texts.link}>{texts.title}</Link>
              </TableCell>
              <TableCell>
                {texts.role}
                {texts.forGroup && <ForGroup approver={item.approver} />}
                {item.onBehalfOf && <OnBehalfOf person={item.onBehalfOf} />}
              </TableCell>
              <TableCell>{item.round}</TableCell>
              <TableCell>
                <EntityRefLink entityRef={item.handover.owner} />
                {texts.ownHandover && <OwnHandover />}
              </TableCell>
              <TableCell>
                {item.handover.entityRef && (
                  <EntityRefLink entityRef={item.handover.entityRef} />
                )}
              </TableCell>
              <TableCell sx={oneLine}>{texts.plannedDate}</TableCell>
              <TableCell>
                <Box sx={oneLine}>{texts.waiting}</Box>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  display="block"
                  sx={oneLine}
                >
                  {texts.sent}
                </Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ReadableTable>
  );
}

/** The seats as cards, for a phone: each fact under the other. */
function InboxCards(props: { items: ApprovalItem[]; roles: ApproverRole[] }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const textsOf = useSeatTexts(props.roles);
  return (
    <Stack
      component="ul"
      spacing={1}
      aria-label={t('approvals.title')}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {props.items.map(item => {
        const texts = textsOf(item);
        return (
          <Card
            key={`${item.handover.id}/${item.round}/${item.role}`}
            variant="outlined"
            component="li"
          >
            <CardContent>
              <Typography variant="subtitle1" component="h3">
                <Link to={texts.link}>{texts.title}</Link>
              </Typography>
              <Typography variant="body2">
                {texts.role} · {texts.round}
              </Typography>
              {texts.forGroup && <ForGroup approver={item.approver} />}
              {item.onBehalfOf && <OnBehalfOf person={item.onBehalfOf} />}
              <Typography variant="body2">
                {t('inbox.askedBy')}:{' '}
                <EntityRefLink entityRef={item.handover.owner} />
              </Typography>
              {texts.ownHandover && <OwnHandover />}
              {item.handover.entityRef && (
                <Typography variant="body2">
                  {t('common.service')}:{' '}
                  <EntityRefLink entityRef={item.handover.entityRef} />
                </Typography>
              )}
              <Typography variant="body2">
                {t('inbox.plannedDate')}:{' '}
                <Box component="span" sx={oneLine}>
                  {texts.plannedDate}
                </Box>
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {texts.waiting}
              </Typography>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
}

/**
 * "Godkjenninger": the seats waiting for me and my groups, oldest first, a
 * page at a time, with who asks, for which service, the planned go-live
 * date and how long each has waited.
 */
export function ApprovalsInbox(props: { pageSize?: number }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const phone = usePhoneLayout();
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

  const Seats = phone ? InboxCards : InboxTable;
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
          <Seats items={value.items} roles={value.roles} />
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

/** Marks a seat of the reader's own handover. */
function OwnHandover() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Typography
      variant="body2"
      color="text.primary"
      sx={{ display: 'block', fontWeight: 500 }}
    >
      {t('reapproval.ownHandover')}
    </Typography>
  );
}
