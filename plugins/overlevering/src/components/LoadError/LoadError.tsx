import Alert from '@mui/material/Alert';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { overleveringTranslationRef } from '../../translation';

/**
 * A failed load in words: "no access" and "not found" plainly (the backend
 * hides another user's private handover as not found), anything else in full.
 */
export function LoadError(props: { error: Error }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const status =
    props.error instanceof ResponseError ? props.error.statusCode : undefined;
  if (status === 403) {
    return <Alert severity="warning">{t('common.forbidden')}</Alert>;
  }
  if (status === 404) {
    return <Alert severity="info">{t('common.notFound')}</Alert>;
  }
  return <ResponseErrorPanel error={props.error} />;
}
