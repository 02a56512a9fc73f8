import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { OVERLEVERING_USER_SIGNAL_CHANNEL } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useLiveRefresh } from '../../hooks';
import { HandoverTable } from '../HandoverTable';
import { NewHandoverButton } from '../NewHandoverButton';
import { prefillFromEntity } from './prefill';

/** Loads the handovers linked to the entity on the page, live. */
export function useEntityHandovers(limit: number) {
  const { entity } = useEntity();
  const api = useApi(overleveringApiRef);
  const entityRef = stringifyEntityRef(entity);
  const state = useAsyncRetry(
    () => api.listHandovers({ entityRef, limit }),
    [api, entityRef, limit],
  );
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, state.retry);
  return { ...state, entity };
}

/**
 * The "Overlevering" tab of a service page: its handovers and "Ny
 * overlevering" pre-filled from the service.
 *
 * @public
 */
export function EntityOverleveringContent() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { value, loading, error, entity } = useEntityHandovers(50);
  return (
    <InfoCard
      title={t('entity.cardTitle')}
      action={<NewHandoverButton prefill={prefillFromEntity(entity)} />}
    >
      <Stack spacing={2}>
        {error && <ResponseErrorPanel error={error} />}
        {loading && !value && <Progress />}
        {value && (
          <HandoverTable
            handovers={value.items}
            emptyText={t('entity.empty')}
            showService={false}
            caption={t('entity.title')}
          />
        )}
      </Stack>
    </InfoCard>
  );
}

/**
 * A small card for a service's overview: its latest handover and status.
 *
 * @public
 */
export function EntityOverleveringCard() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { value, loading, error, entity } = useEntityHandovers(3);
  const latest = value?.items[0];
  return (
    <InfoCard title={t('entity.cardTitle')}>
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && !latest && (
        <Stack spacing={2} alignItems="flex-start">
          <Typography>{t('entity.empty')}</Typography>
          <NewHandoverButton prefill={prefillFromEntity(entity)} />
        </Stack>
      )}
      {latest && (
        <HandoverTable
          handovers={value.items}
          emptyText={t('entity.empty')}
          showService={false}
          caption={t('entity.latest')}
        />
      )}
    </InfoCard>
  );
}
