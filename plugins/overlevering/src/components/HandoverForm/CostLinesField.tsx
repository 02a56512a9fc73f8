import { useCallback, useEffect, useMemo, useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { Theme } from '@mui/material/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  getTemplate,
  getUiOptions,
  type ErrorSchema,
  type FieldProps,
} from '@rjsf/utils';
import { costLinesTotal } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import {
  CostLineRow,
  type CostLine,
  type CostLineColumns,
  type LineErrors,
} from './CostLineRow';
import { CostTotals } from './CostTotals';

type SchemaNode = {
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: { const: string; title?: string }[];
};

function columnsOf(schema: SchemaNode): CostLineColumns {
  const properties = schema.items?.properties ?? {};
  const title = (key: string) => properties[key]?.title ?? key;
  const options = (key: string) =>
    (properties[key]?.oneOf ?? []).map(option => ({
      value: option.const,
      title: option.title ?? option.const,
    }));
  return {
    beskrivelse: title('beskrivelse'),
    kategori: title('kategori'),
    belop: title('belop'),
    periode: title('periode'),
    koststed: title('koststed'),
    categories: options('kategori'),
    periods: options('periode'),
  };
}

function linesOf(formData: unknown): CostLine[] {
  return Array.isArray(formData)
    ? formData.map(line =>
        line && typeof line === 'object' ? (line as CostLine) : {},
      )
    : [];
}

/** The backend's messages for the columns of line `index`. */
function lineErrors(
  errorSchema: ErrorSchema | undefined,
  index: number,
): LineErrors | undefined {
  const row = (errorSchema as Record<number, unknown> | undefined)?.[index];
  if (!row || typeof row !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(row as Record<string, { __errors?: string[] }>)
      .filter(([key, node]) => key !== '__errors' && node?.__errors?.length)
      .map(([key, node]) => [key, node.__errors]),
  );
}

/**
 * Keys that follow each line when a line above it is removed, so what a
 * line's fields hold stays with that line.
 */
function useLineKeys(count: number) {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < count) keys.current.push(next.current++);
  if (keys.current.length > count) keys.current.length = count;
  return {
    keys: keys.current,
    remove: (index: number) => {
      keys.current = keys.current.filter((_, i) => i !== index);
    },
  };
}

// Read by screen readers, not shown.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

// Below the small breakpoint (a phone), each line is a card: description on
// top, then category and period, then the amount beside its yearly figure,
// each field with its column's title above it.
const cardsOnPhone = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& thead': { display: 'none' },
    '& table, & tbody': { display: 'block' },
    '& tbody tr': {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      gridTemplateAreas: `"beskrivelse beskrivelse" "kategori periode" "belop perYear" "koststed remove"`,
      columnGap: theme.spacing(1.5),
      rowGap: theme.spacing(1),
      p: 1.5,
      mb: 1.5,
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
    },
    '& tbody td': { display: 'block', border: 0, p: 0, textAlign: 'left' },
    '& tbody td[data-label]::before': {
      content: 'attr(data-label)',
      display: 'block',
      ...theme.typography.caption,
      color: theme.palette.text.secondary,
    },
    '& tbody td[data-area="perYear"]': { alignSelf: 'start' },
    '& tbody td[data-area="remove"]': {
      justifySelf: 'end',
      alignSelf: 'end',
    },
    ...Object.fromEntries(
      [
        'beskrivelse',
        'kategori',
        'belop',
        'periode',
        'koststed',
        'perYear',
        'remove',
      ].map(area => [`& td[data-area="${area}"]`, { gridArea: area }]),
    ),
  },
});

/**
 * The cost lines as one compact table: a line per cost with its yearly
 * figure, buttons to add and remove lines, and the totals below. Nothing is
 * chosen for the user: a new line's category and period start unanswered,
 * and a line counts in the yearly total once its period is chosen.
 */
export function CostLinesField(props: FieldProps) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { money } = useFormatters();
  const { schema, uiSchema, idSchema, registry, errorSchema, required } = props;
  const disabled = Boolean(props.disabled || props.readonly);
  const lines = useMemo(() => linesOf(props.formData), [props.formData]);
  const columns = useMemo(() => columnsOf(schema as SchemaNode), [schema]);
  const { keys, remove } = useLineKeys(lines.length);
  // Typing goes on in a line just added.
  const focusLine = useRef<number>();
  useEffect(() => {
    if (focusLine.current === undefined) return;
    document
      .getElementById(`${idSchema.$id}_${focusLine.current}_beskrivelse`)
      ?.focus();
    focusLine.current = undefined;
  }, [lines.length, idSchema.$id]);

  // The handlers read the newest lines when called, so the rows may keep
  // them from an earlier render.
  const latest = useRef({ lines, onChange: props.onChange });
  latest.current = { lines, onChange: props.onChange };
  const changeLine = useCallback((index: number, line: CostLine) => {
    const next = [...latest.current.lines];
    next[index] = line;
    latest.current.onChange(next);
  }, []);
  const removeLine = useCallback(
    (index: number) => {
      remove(index);
      latest.current.onChange(
        latest.current.lines.filter((_, i) => i !== index),
      );
    },
    [remove],
  );
  const addLine = () => {
    focusLine.current = lines.length;
    latest.current.onChange([...lines, {}]);
  };

  const uiOptions = getUiOptions(uiSchema);
  const Title = getTemplate('ArrayFieldTitleTemplate', registry, uiOptions);
  const Description = getTemplate(
    'ArrayFieldDescriptionTemplate',
    registry,
    uiOptions,
  );
  const totals = costLinesTotal(lines);
  const maxLines = (schema as { maxItems?: number }).maxItems;
  const canAdd =
    !disabled && (maxLines === undefined || lines.length < maxLines);

  return (
    <Box>
      <Title
        idSchema={idSchema}
        title={uiOptions.title || schema.title}
        schema={schema}
        uiSchema={uiSchema}
        required={required}
        registry={registry}
      />
      <Description
        idSchema={idSchema}
        description={uiOptions.description || schema.description}
        schema={schema}
        uiSchema={uiSchema}
        registry={registry}
      />
      {lines.length === 0 ? (
        <Typography color="text.secondary" sx={{ my: 1 }}>
          {t('costs.noLines')}
        </Typography>
      ) : (
        <Box sx={theme => ({ overflowX: 'auto', ...cardsOnPhone(theme) })}>
          <Table size="small" aria-label={schema.title} id={idSchema.$id}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ minWidth: 180 }}>
                  {columns.beskrivelse}
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>{columns.kategori}</TableCell>
                <TableCell sx={{ minWidth: 130 }} align="right">
                  {columns.belop}
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>{columns.periode}</TableCell>
                <TableCell sx={{ minWidth: 90 }}>{columns.koststed}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {t('costs.perYear')}
                </TableCell>
                <TableCell padding="checkbox">
                  <Box component="span" sx={visuallyHidden}>
                    {t('formControls.remove')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, index) => (
                <CostLineRow
                  key={keys[index]}
                  index={index}
                  line={line}
                  idPrefix={`${idSchema.$id}_${index}`}
                  columns={columns}
                  perYearTitle={t('costs.perYear')}
                  errors={lineErrors(errorSchema, index)}
                  disabled={disabled}
                  onChange={changeLine}
                  onRemove={removeLine}
                />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {canAdd && (
        <Button startIcon={<AddIcon />} onClick={addLine} sx={{ mt: 1 }}>
          {t('costs.addLine')}
        </Button>
      )}
      <CostTotals yearly={money(totals.yearly)} oneOff={money(totals.oneOff)} />
    </Box>
  );
}
