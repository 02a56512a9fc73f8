import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringApiRef } from '../../api';
import { changedHunks } from '../../lib/lineDiff';
import { overleveringTranslationRef } from '../../translation';

/**
 * What changed in the document since round `since`, under the heading of each
 * section and field, compared between the backend's exports of that round's
 * snapshot and of `until` (a later round, or the current document).
 */
export function ChangesSince(props: {
  handoverId: string;
  since: number;
  until?: number;
  title: string;
  /** Changes when the document changes, to compare again. */
  revision: number;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const { value, loading, error } = useAsync(async () => {
    const [before, after] = await Promise.all([
      api.exportMarkdown(props.handoverId, { round: props.since }),
      api.exportMarkdown(
        props.handoverId,
        props.until ? { round: props.until } : {},
      ),
    ]);
    return changedHunks(before, after);
  }, [api, props.handoverId, props.since, props.until, props.revision]);

  return (
    <Box component="section" aria-label={props.title}>
      <Typography variant="h6" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.length === 0 && (
        <Typography>
          {t('handover.noChanges', { number: String(props.since) })}
        </Typography>
      )}
      {value?.map((hunk, index) => (
        <Box key={index} sx={{ mb: 1.5 }}>
          {hunk.heading && (
            <Typography variant="subtitle2" component="h4">
              {hunk.heading}
            </Typography>
          )}
          {hunk.removed.length > 0 && (
            <Box
              component="del"
              sx={{
                display: 'block',
                whiteSpace: 'pre-wrap',
                bgcolor: 'error.light',
                color: 'error.contrastText',
                px: 1,
              }}
            >
              <Box component="span" sx={{ fontWeight: 'bold' }}>
                {t('handover.removed')}:{' '}
              </Box>
              {hunk.removed.join('\n')}
            </Box>
          )}
          {hunk.added.length > 0 && (
            <Box
              component="ins"
              sx={{
                display: 'block',
                whiteSpace: 'pre-wrap',
                bgcolor: 'success.light',
                color: 'success.contrastText',
                px: 1,
                textDecoration: 'none',
              }}
            >
              <Box component="span" sx={{ fontWeight: 'bold' }}>
                {t('handover.added')}:{' '}
              </Box>
              {hunk.added.join('\n')}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
