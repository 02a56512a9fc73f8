import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
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
import { CursorPager, useCursorPages } from '../CursorPager';
import { NewHandoverButton } from '../NewHandoverButton';

const STATUSES: HandoverStatus[] = [
  'draft',
  'in_review',
  'rejected',
  'approved',
  // Left out of "Alle" by the backend; shown only when chosen here.
  'discarded',
];

/** "Mine overleveringer": the signed-in user's handovers, live. */
export function HandoverList(props: { pageSize?: number }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const [status, setStatus] = useState<HandoverStatus | ''>('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const pages = useCursorPages();
  const { cursor, reset } = pages;

  useDebounce(() => setQ(search.trim()), 300, [search]);
  useEffect(() => reset(), [status, q, reset]);

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
          <CursorPager
            page={pages.page}
            nextCursor={value.nextCursor}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
        </>
      )}
    </Box>
  );
}
