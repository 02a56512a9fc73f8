import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Download from '@mui/icons-material/Download';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  type ServiceOperationsInfo,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { useFormatters, useLiveRefresh } from '../../hooks';
import { handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { downloadMarkdown } from './downloadMarkdown';
import { OperationsInfoTopics } from './OperationsInfoTopics';

/**
 * The operations information of the service on the page, live; undefined
 * when it has no approved handover the user may read, which is no error.
 */
function useOperationsInfo(entityRef: string) {
  const api = useApi(overleveringApiRef);
  const state = useAsyncRetry(async () => {
    try {
      return await api.getOperationsInfo(entityRef);
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }, [api, entityRef]);
  useLiveRefresh(OVERLEVERING_USER_SIGNAL_CHANNEL, state.retry);
  return state;
}

/** Where the information comes from: the handover, linked, and when it was approved. */
function Source(props: { info: ServiceOperationsInfo }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const handoverLink = useRouteRef(handoverRouteRef);
  const { info } = props;
  const values = {
    handover: (
      <Link to={handoverLink({ id: info.handoverId })}>
        {info.title || t('common.untitled')}
      </Link>
    ),
    date: dateTime(info.approvedAt),
  };
  return (
    <Typography variant="body2">
      {info.round === undefined
        ? t('operationsInfo.sourceFromList', values)
        : t('operationsInfo.source', values)}
    </Typography>
  );
}

/**
 * "Driftsinformasjon" on a service's page, the service desk's (Hemithjelp's)
 * view: contact points, whom to escalate to, alerting and monitoring, known
 * errors with workarounds, outstanding items, deviations and runbook links,
 * from the latest approved handover of the service, with its date and a
 * link to it, and the same as Markdown for the knowledge base. A newer
 * approved handover replaces it. Without one, the card says so.
 *
 * @public
 */
export function EntityOperationsInfoCard() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useOperationsInfo(entityRef);

  const download = async () => {
    try {
      const markdown = await api.exportOperationsInfo(entityRef);
      downloadMarkdown(
        `driftsinformasjon-${entity.metadata.name}.md`,
        markdown,
      );
    } catch (e) {
      alertApi.post({ message: (e as Error).message, severity: 'error' });
    }
  };

  return (
    <InfoCard title={t('operationsInfo.cardTitle')}>
      {error && <ResponseErrorPanel error={error} />}
      {loading && value === undefined && !error && <Progress />}
      {!loading && !error && !value && (
        <Typography>{t('operationsInfo.none')}</Typography>
      )}
      {value && (
        <Stack spacing={2}>
          <Source info={value} />
          <OperationsInfoTopics info={value.info} />
          <Stack direction="row">
            <Button
              variant="outlined"
              startIcon={<Download />}
              onClick={download}
            >
              {t('operationsInfo.download')}
            </Button>
          </Stack>
        </Stack>
      )}
    </InfoCard>
  );
}
