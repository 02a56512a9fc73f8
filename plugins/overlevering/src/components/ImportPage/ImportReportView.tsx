import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  ImportReport,
  ImportRow,
} from '@hemit/plugin-overlevering-common';
import { handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import {
  freeText,
  oneLine,
  ReadableTable,
  usePhoneLayout,
} from '../HandoverTable';

const RESULTS: ImportRow['result'][] = [
  'created',
  'updated',
  'unchanged',
  'refused',
];

const COLORS = {
  created: 'success',
  updated: 'info',
  unchanged: 'default',
  refused: 'error',
} as const;

/** Refused rows first, as they are what needs doing; the rest as in the file. */
function ordered(rows: ImportRow[]): ImportRow[] {
  return [
    ...rows.filter(row => row.result === 'refused'),
    ...rows.filter(row => row.result !== 'refused'),
  ];
}

function ResultChip(props: { row: ImportRow; dryRun: boolean }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { result } = props.row;
  return (
    <Chip
      size="small"
      color={COLORS[result]}
      variant={result === 'unchanged' ? 'outlined' : 'filled'}
      label={t(
        props.dryRun ? `import.wouldBe.${result}` : `import.result.${result}`,
      )}
    />
  );
}

/** The row's title, linked to its handover where there is one. */
function RowTitle(props: { row: ImportRow }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const { row } = props;
  const title = row.title || t('common.untitled');
  if (row.title === undefined) return null;
  return row.handoverId ? (
    <Link to={handoverLink({ id: row.handoverId })}>{title}</Link>
  ) : (
    <>{title}</>
  );
}

/**
 * What an import did, or a dry run would do: the counts, what it says about
 * the file, and each row with its line, SharePoint ID, title (linked to the
 * handover), result and note; refused rows first. A table, or on a phone a
 * card per row.
 */
export function ImportReportView(props: { report: ImportReport }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const phone = usePhoneLayout();
  const { report } = props;
  const counts = Object.fromEntries(
    RESULTS.map(result => [
      result,
      String(report.rows.filter(row => row.result === result).length),
    ]),
  ) as Record<ImportRow['result'], string>;
  const rows = ordered(report.rows);

  return (
    <Stack spacing={2}>
      <Alert severity={report.dryRun ? 'info' : 'success'} role="status">
        {t(report.dryRun ? 'import.dryRunSummary' : 'import.summary', counts)}
      </Alert>
      {report.problems.length > 0 && (
        <Alert severity="warning">
          <Typography variant="subtitle2" component="h3">
            {t('import.fileProblems')}
          </Typography>
          <ul>
            {report.problems.map(problem => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Typography variant="h6" component="h2">
        {t('import.report')}
      </Typography>
      {rows.length === 0 && <Typography>{t('import.noRows')}</Typography>}
      {rows.length > 0 && phone && (
        <Stack
          component="ul"
          spacing={1}
          aria-label={t('import.report')}
          sx={{ listStyle: 'none', m: 0, p: 0 }}
        >
          {rows.map(row => (
            <Card key={row.row} variant="outlined" component="li">
              <CardContent>
                <Stack spacing={1} alignItems="flex-start">
                  <Typography variant="subtitle1" component="h3">
                    <RowTitle row={row} />
                  </Typography>
                  <ResultChip row={row} dryRun={report.dryRun} />
                  <Typography variant="body2" color="text.secondary">
                    {t('import.column.row')} {row.row}
                    {row.sharePointId !== undefined &&
                      ` · ${t('import.column.sharePointId')} ${
                        row.sharePointId
                      }`}
                  </Typography>
                  {row.reason && (
                    <Typography variant="body2" sx={freeText}>
                      {row.reason}
                    </Typography>
                  )}
                </Stack>
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
      {rows.length > 0 && !phone && (
        <ReadableTable aria-label={t('import.report')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('import.column.row')}</TableCell>
              <TableCell>{t('import.column.sharePointId')}</TableCell>
              <TableCell>{t('import.column.title')}</TableCell>
              <TableCell>{t('import.column.result')}</TableCell>
              <TableCell>{t('import.column.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(row => (
              <TableRow key={row.row}>
                <TableCell>{row.row}</TableCell>
                <TableCell>{row.sharePointId}</TableCell>
                <TableCell>
                  <RowTitle row={row} />
                </TableCell>
                <TableCell sx={oneLine}>
                  <ResultChip row={row} dryRun={report.dryRun} />
                </TableCell>
                <TableCell sx={freeText}>{row.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ReadableTable>
      )}
    </Stack>
  );
}
