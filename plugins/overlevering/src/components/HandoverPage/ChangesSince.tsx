import { useMemo } from 'react';
import Box from '@mui/material/Box';
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
import { useFormatters } from '../../hooks';
import type { JsonRecord } from '../../lib/document';
import { documentChanges } from '../../lib/documentDiff';
import { documentParts } from '../../lib/documentParts';
import { overleveringTranslationRef } from '../../translation';
import { freeText, ReadableTable } from '../HandoverTable';

/** A value as written, its line breaks kept. */
const changedValue = { ...freeText, whiteSpace: 'pre-wrap' } as const;

/**
 * What changed in the document since round `since`, field by field and row
 * by row: that round's snapshot against the snapshot of `until` (a later
 * round) or, without `until`, against `document` (the current one).
 */
export function ChangesSince(props: {
  handoverId: string;
  since: number;
  until?: number;
  /** The form schema in the user's language, for the fields' titles. */
  schema: JsonRecord;
  /** The current document, compared with when there is no `until`. */
  document?: JsonRecord;
  /** Only what changed in these parts (section ids or dotted field paths). */
  parts?: readonly string[];
  title: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const { locale } = useFormatters();
  const { handoverId, since, until, parts } = props;
  const snapshots = useAsync(
    async () =>
      Promise.all([
        api.getRoundSnapshot(handoverId, since),
        until ? api.getRoundSnapshot(handoverId, until) : undefined,
      ]),
    [api, handoverId, since, until],
  );
  const { loading, error } = snapshots;
  const value = useMemo(() => {
    if (!snapshots.value) return undefined;
    const [before, after] = snapshots.value;
    const number = new Intl.NumberFormat(locale);
    const only = (document: unknown) =>
      parts ? documentParts(document, parts) : (document as JsonRecord);
    return documentChanges(
      props.schema,
      only(before.document),
      only(after?.document ?? props.document ?? {}),
      {
        row: (field, index) =>
          t('handover.changedRow', { field, number: String(index) }),
        yes: t('formControls.yes'),
        no: t('formControls.no'),
        number: amount => number.format(amount),
      },
    );
  }, [snapshots.value, props.schema, props.document, parts, locale, t]);

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
        <ReadableTable aria-label={props.title}>
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
                <TableCell sx={changedValue}>
                  {change.before ? <del>{change.before}</del> : '—'}
                </TableCell>
                <TableCell sx={changedValue}>
                  {change.after ? <ins>{change.after}</ins> : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ReadableTable>
      )}
    </Box>
  );
}
