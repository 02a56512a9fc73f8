import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  type HandoverStatus,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useLiveRefresh } from '../../hooks';
import { HandoverTable } from '../HandoverTable';
import { NewHandoverButton } from '../NewHandoverButton';

const STATUSES: HandoverStatus[] = [
  'draft',
  'in_review',
  'rejected',
  'approved',
];

/** "Mine overleveringer": the signed-in user's handovers, live. */
export function HandoverList(props: { pageSize?: number }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const [status, setStatus] = useState<HandoverStatus | ''>('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  // The cursors of the pages before the current one, to page back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  useDebounce(() => setQ(search.trim()), 300, [search]);
  useEffect(() => setCursors([undefined]), [status, q]);

  const { value, loading, error, retry } = useAsyncRetry(
    () =>
      api.listHandovers({
        owner: 'me',
        status: status || undefined,
        q: q || undefined,
        limit: props.pageSize ?? 20,
        cursor,
      }),
    [api, status, q, cursor, props.pageSize],
  );
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, retry);

  return (
    <Box>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        alignItems={{ sm: 'center' }}
        sx={{ mb: 2 }}
      >
        <Typography variant="h5" component="h2" sx={{ flexGrow: 1 }}>
          {t('list.title')}
        </Typography>
        <TextField
          label={t('list.search')}
          value={search}
          onChange={e => setSearch(e.target.value)}
          size="small"
          type="search"
        />
        <TextField
          select
          label={t('list.statusFilter')}
          value={status}
          onChange={e => setStatus(e.target.value as HandoverStatus | '')}
          size="small"
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('list.allStatuses')}</MenuItem>
          {STATUSES.map(s => (
            <MenuItem key={s} value={s}>
              {t(`status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <NewHandoverButton />
      </Stack>
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && (
        <>
          <HandoverTable
            caption={t('list.title')}
            handovers={value.items}
            emptyText={status || q ? t('list.emptyFiltered') : t('list.empty')}
          />
          <Stack
            component="nav"
            aria-label={t('list.pageLabel', { page: String(cursors.length) })}
            direction="row"
            spacing={2}
            alignItems="center"
            justifyContent="flex-end"
            sx={{ mt: 2 }}
          >
            <Button
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t('list.previous')}
            </Button>
            <Typography>
              {t('list.pageLabel', { page: String(cursors.length) })}
            </Typography>
            <Button
              disabled={!value.nextCursor}
              onClick={() => setCursors([...cursors, value.nextCursor])}
            >
              {t('list.next')}
            </Button>
          </Stack>
        </>
      )}
    </Box>
  );
}
