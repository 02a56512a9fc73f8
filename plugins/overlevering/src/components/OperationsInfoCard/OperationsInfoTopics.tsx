import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  getField,
  getTexts,
  type FieldText,
  type Locale,
} from '@hemit/overlevering-form-schema';
import {
  OPERATIONS_INFO_FIELDS,
  type OperationsInfo,
  type OperationsInfoTopic,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';

const WEB_ADDRESS = /^https?:\/\//i;

/** The words of the form in the reader's language, so the card says what the form asked. */
function useFormTexts() {
  const locale: Locale = useLanguage() === 'en' ? 'en' : 'nb';
  const texts = getTexts(locale);
  return {
    title: (path: string) =>
      (texts.fields as Record<string, FieldText>)[path]?.title ?? path,
    common: texts.common,
  };
}

/** One answer, shown as the form's field kind asks: a person by name, a link, a date, yes/no. */
function Answer(props: { path: string; value: unknown }) {
  const { date } = useFormatters();
  const { common } = useFormTexts();
  const { path, value } = props;
  const kind = getField(path)?.kind;
  if (value === undefined) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {common.notFilled}
      </Box>
    );
  }
  if (kind === 'entityRef' && typeof value === 'string') {
    return <EntityRefLink entityRef={value} />;
  }
  if (kind === 'url' && typeof value === 'string' && WEB_ADDRESS.test(value)) {
    return <Link to={value}>{value}</Link>;
  }
  if (kind === 'date' && typeof value === 'string') {
    return <>{date(value)}</>;
  }
  if (kind === 'yesNo') {
    const { svar, forklaring } = value as {
      svar?: boolean;
      forklaring?: string;
    };
    let said: string | undefined;
    if (svar === true) said = common.yes;
    else if (svar === false) said = common.no;
    return (
      <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
        {[said, forklaring].filter(Boolean).join(' — ')}
      </Box>
    );
  }
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
      {String(value)}
    </Box>
  );
}

/** A list of rows (known errors, outstanding items, deviations, documents) as a small table. */
function Rows(props: { path: string; rows: Record<string, unknown>[] }) {
  const { title } = useFormTexts();
  const columns = getField(props.path)?.columns ?? [];
  return (
    <Table size="small" aria-label={title(props.path)}>
      <TableHead>
        <TableRow>
          {columns.map(column => (
            <TableCell key={column.path}>{title(column.path)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map((row, i) => (
          <TableRow key={i}>
            {columns.map(column => (
              <TableCell key={column.path}>
                {row[column.path.split('.').pop()!] !== undefined && (
                  <Answer
                    path={column.path}
                    value={row[column.path.split('.').pop()!]}
                  />
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The operations information topic by topic, each field with the form's own
 * label. What the handover left unanswered says "not filled in", so the
 * service desk can tell it from an answer.
 */
export function OperationsInfoTopics(props: { info: OperationsInfo }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { title } = useFormTexts();
  const topics = Object.entries(OPERATIONS_INFO_FIELDS) as [
    OperationsInfoTopic,
    readonly string[],
  ][];
  return (
    <>
      {topics.map(([topic, paths]) => {
        const answers = props.info[topic] as Record<string, unknown>;
        const headingId = `overlevering-operations-${topic}`;
        return (
          <Box component="section" key={topic} aria-labelledby={headingId}>
            <Typography variant="h6" component="h3" id={headingId}>
              {t(`operationsInfo.topics.${topic}`)}
            </Typography>
            <Box
              component="dl"
              sx={{
                m: 0,
                display: 'grid',
                gridTemplateColumns: 'minmax(8rem, auto) 1fr',
                columnGap: 2,
                rowGap: 0.5,
                typography: 'body2',
                '& dd': { m: 0 },
              }}
            >
              {paths.map(path => {
                const value = answers[path.split('.').pop()!];
                const rows = getField(path)?.kind === 'rows';
                return (
                  <Box key={path} sx={{ display: 'contents' }}>
                    <Typography
                      component="dt"
                      variant="body2"
                      sx={{ fontWeight: 600 }}
                    >
                      {title(path)}
                    </Typography>
                    <dd>
                      {rows && Array.isArray(value) ? (
                        <Rows path={path} rows={value} />
                      ) : (
                        <Answer path={path} value={value} />
                      )}
                    </dd>
                  </Box>
                );
              })}
            </Box>
          </Box>
        );
      })}
    </>
  );
}
