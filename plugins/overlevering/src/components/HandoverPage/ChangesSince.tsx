import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringApiRef } from '../../api';
import { changedFields } from '../../lib/exportDiff';
import { overleveringTranslationRef } from '../../translation';

/**
 * What changed in the document since round `since`, field by field, compared
 * between the backend's exports of that round's snapshot and of `until` (a
 * later round, or the current document): the contract serves snapshots only
 * as exports.
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
    return changedFields(before, after);
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
      {value && value.length > 0 && (
        <Table size="small" aria-label={props.title}>
          <TableHead>
            <TableRow>
              <TableCell>{t('handover.field')}</TableCell>
              <TableCell>{t('handover.removed')}</TableCell>
              <TableCell>{t('handover.added')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.map(change => (
              <TableRow key={`${change.section}/${change.field}`}>
                <TableCell component="th" scope="row">
                  {change.section} › {change.field}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {change.before ? <del>{change.before}</del> : '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {change.after ? <ins>{change.after}</ins> : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
