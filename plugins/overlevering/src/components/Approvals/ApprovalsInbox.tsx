import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
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
import { useFormatters, useLiveRefresh } from '../../hooks';
import { roleTitle } from '../HandoverPage';

/** "Godkjenninger": the seats waiting for me and my groups, oldest first. */
export function ApprovalsInbox() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const decisionLink = useRouteRef(decisionRouteRef);
  const { dateTime } = useFormatters();
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [approvals, form] = await Promise.all([
      api.listApprovals(),
      api.getForm(),
    ]);
    // The backend sends them oldest first; keep that order whatever happens.
    const items = [...approvals.items].sort((a, b) =>
      a.submittedAt.localeCompare(b.submittedAt),
    );
    return { items, roles: form.approverRoles };
  }, [api]);
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, retry);

  return (
    <Box>
      <Typography variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('approvals.title')}
      </Typography>
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && value.items.length === 0 && (
        <Typography>{t('approvals.empty')}</Typography>
      )}
      {value && value.items.length > 0 && (
        <Table size="small" aria-label={t('approvals.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('common.title')}</TableCell>
              <TableCell>{t('approvals.role')}</TableCell>
              <TableCell>{t('common.round', { number: '' }).trim()}</TableCell>
              <TableCell>{t('common.service')}</TableCell>
              <TableCell>{t('approvals.submitted')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(item => (
              <TableRow key={`${item.handover.id}/${item.round}/${item.role}`}>
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
                  {roleTitle(value.roles, item.role)}
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
      )}
    </Box>
  );
}
