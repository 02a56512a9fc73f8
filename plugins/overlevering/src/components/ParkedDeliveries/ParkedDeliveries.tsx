import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import { deliveryManagePermission } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { useFormatters } from '../../hooks';
import { handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { freeText, oneLine, ReadableTable } from '../HandoverTable';

/**
 * The changes whose notifications the backend gave up delivering, for an
 * administrator: which handover, what happened, how often it failed and why;
 * each can be sent again. Nothing shows while every notification got through,
 * nor to anyone the policy does not let manage deliveries.
 */
export function ParkedDeliveries() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const { dateTime } = useFormatters();
  // Only to decide whom to show it; the backend decides what anyone may do.
  const { allowed } = usePermission({ permission: deliveryManagePermission });
  const parked = useAsyncRetry(
    async () => (allowed ? api.listParkedDeliveries() : undefined),
    [api, allowed],
  );
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<Error>();
  const items = parked.value?.items ?? [];
  if (!allowed || items.length === 0) return null;

  const eventName = (type: string) => {
    // What happened, in the history's words; a type it has no words for as is.
    const key = `handover.event.${type}`;
    const text = t(key as Parameters<typeof t>[0]);
    return text && text !== key ? text : type;
  };
  const retry = async (id: string) => {
    setBusy(id);
    setError(undefined);
    try {
      await api.retryParkedDelivery(id);
    } catch (e) {
      setError(e as Error);
    }
    setBusy(undefined);
    parked.retry();
  };

  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{t('parked.title')}</AlertTitle>
      {t('parked.intro')}
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error.message}
        </Alert>
      )}
      <Box sx={{ mt: 1 }}>
        <ReadableTable aria-label={t('parked.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('parked.handover')}</TableCell>
              <TableCell>{t('parked.what')}</TableCell>
              <TableCell>{t('parked.attempts')}</TableCell>
              <TableCell>{t('parked.lastError')}</TableCell>
              <TableCell>{t('parked.parkedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(item => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link to={handoverLink({ id: item.handoverId })}>
                    {t('parked.open')}
                  </Link>
                </TableCell>
                <TableCell>{eventName(item.type)}</TableCell>
                <TableCell>{item.attempts}</TableCell>
                <TableCell sx={freeText}>{item.lastError}</TableCell>
                <TableCell sx={oneLine}>{dateTime(item.parkedAt)}</TableCell>
                <TableCell>
                  <Button
                    variant="outlined"
                    size="small"
                    disabled={busy !== undefined}
                    onClick={() => retry(item.id)}
                  >
                    {t('parked.retry')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ReadableTable>
      </Box>
    </Alert>
  );
}
