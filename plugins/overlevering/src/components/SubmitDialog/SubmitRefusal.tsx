import Alert from '@mui/material/Alert';
import MuiLink from '@mui/material/Link';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { isConflict, problemsOf } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { titleAtPath, type JsonRecord } from '../../lib/document';

/**
 * Why the backend refused to send: each field it named, as a way to that
 * field, and its other problems; otherwise a plain sentence, never the
 * technical message of the failed request.
 */
export function SubmitRefusal(props: {
  error: unknown;
  schema: JsonRecord;
  onGoToField?: (path: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { fields, other } = problemsOf(props.error);
  if (fields.length === 0 && other.length === 0) {
    return (
      <Alert severity="error" sx={{ mb: 2 }} role="alert">
        {isConflict(props.error)
          ? t('rejection.sendConflict')
          : t('rejection.sendFailed')}
      </Alert>
    );
  }
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      {t('submit.errors')}
      <ul aria-label={t('submit.errors')}>
        {fields.map(e => {
          const title = titleAtPath(props.schema, e.path).join(' › ');
          return (
            <li key={e.path}>
              {props.onGoToField ? (
                <MuiLink
                  component="button"
                  type="button"
                  sx={{ fontWeight: 'bold', verticalAlign: 'baseline' }}
                  onClick={() => props.onGoToField?.(e.path)}
                >
                  {title}
                </MuiLink>
              ) : (
                <strong>{title}</strong>
              )}
              : {e.message}
            </li>
          );
        })}
        {other.map(problem => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Alert>
  );
}
