import { memo } from 'react';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { deepEquals } from '@rjsf/utils';
import { yearlyCostOfLine } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import { AmountInput } from './AmountInput';

/** One cost line as the document keeps it. */
export type CostLine = Record<string, unknown>;

/** The words of the cost line's columns in the user's language, from the schema. */
export interface CostLineColumns {
  beskrivelse: string;
  kategori: string;
  belop: string;
  periode: string;
  koststed: string;
  categories: { value: string; title: string }[];
  periods: { value: string; title: string }[];
}

/** The backend's messages per column of one line. */
export type LineErrors = Partial<Record<keyof CostLine, string[]>>;

/** The line with `key` set, or without it when nothing was given. */
function withValue(line: CostLine, key: string, value: unknown): CostLine {
  const { [key]: _old, ...rest } = line;
  return value === undefined || value === '' ? rest : { ...rest, [key]: value };
}

function Choice(props: {
  id: string;
  label: string;
  value: unknown;
  options: { value: string; title: string }[];
  disabled: boolean;
  errors?: string[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <TextField
      id={props.id}
      select
      size="small"
      fullWidth
      value={typeof props.value === 'string' ? props.value : ''}
      disabled={props.disabled}
      error={Boolean(props.errors?.length)}
      helperText={props.errors?.join(' ')}
      SelectProps={{ native: true }}
      inputProps={{ 'aria-label': props.label }}
      onChange={event => props.onChange(event.target.value)}
    >
      {/* Nothing is chosen for the user: a new line starts unanswered. */}
      <option value="">{t('costs.notChosen')}</option>
      {props.options.map(option => (
        <option key={option.value} value={option.value}>
          {option.title}
        </option>
      ))}
    </TextField>
  );
}

function Text(props: {
  id: string;
  label: string;
  value: unknown;
  disabled: boolean;
  errors?: string[];
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      size="small"
      fullWidth
      value={typeof props.value === 'string' ? props.value : ''}
      disabled={props.disabled}
      error={Boolean(props.errors?.length)}
      helperText={props.errors?.join(' ')}
      inputProps={{ 'aria-label': props.label }}
      onChange={event => props.onChange(event.target.value)}
    />
  );
}

/** What the line costs per year, or why it has no such figure. */
function PerYear(props: { line: CostLine }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { money } = useFormatters();
  const yearly = yearlyCostOfLine(props.line);
  if (yearly !== undefined) return <>{money(yearly)}</>;
  const hasAmount = typeof props.line.belop === 'number';
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {hasAmount && props.line.periode === undefined
        ? t('costs.choosePeriod')
        : '–'}
    </Typography>
  );
}

interface CostLineRowProps {
  index: number;
  line: CostLine;
  /** The prefix of the ids of this line's inputs, e.g. `root_kostnader_0`. */
  idPrefix: string;
  columns: CostLineColumns;
  perYearTitle: string;
  errors?: LineErrors;
  disabled: boolean;
  onChange: (index: number, line: CostLine) => void;
  onRemove: (index: number) => void;
}

/**
 * One cost line as a table row (a card on a phone): description, category,
 * amount, period, cost centre, the line's cost per year, and its remove
 * button.
 */
function CostLineRowView(props: CostLineRowProps) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { index, line, columns, idPrefix, errors, disabled } = props;
  const set = (key: string) => (value: unknown) =>
    props.onChange(index, withValue(line, key, value));
  const number = index + 1;
  const description =
    typeof line.beskrivelse === 'string' ? line.beskrivelse.trim() : '';
  return (
    <TableRow>
      <TableCell data-area="beskrivelse" data-label={columns.beskrivelse}>
        <Text
          id={`${idPrefix}_beskrivelse`}
          label={columns.beskrivelse}
          value={line.beskrivelse}
          disabled={disabled}
          errors={errors?.beskrivelse}
          onChange={set('beskrivelse')}
        />
      </TableCell>
      <TableCell data-area="kategori" data-label={columns.kategori}>
        <Choice
          id={`${idPrefix}_kategori`}
          label={columns.kategori}
          value={line.kategori}
          options={columns.categories}
          disabled={disabled}
          errors={errors?.kategori}
          onChange={set('kategori')}
        />
      </TableCell>
      <TableCell data-area="belop" data-label={columns.belop}>
        <AmountInput
          id={`${idPrefix}_belop`}
          label={columns.belop}
          value={line.belop}
          disabled={disabled}
          errors={errors?.belop}
          onChange={set('belop')}
        />
      </TableCell>
      <TableCell data-area="periode" data-label={columns.periode}>
        <Choice
          id={`${idPrefix}_periode`}
          label={columns.periode}
          value={line.periode}
          options={columns.periods}
          disabled={disabled}
          errors={errors?.periode}
          onChange={set('periode')}
        />
      </TableCell>
      <TableCell data-area="koststed" data-label={columns.koststed}>
        <Text
          id={`${idPrefix}_koststed`}
          label={columns.koststed}
          value={line.koststed}
          disabled={disabled}
          errors={errors?.koststed}
          onChange={set('koststed')}
        />
      </TableCell>
      <TableCell
        data-area="perYear"
        data-label={props.perYearTitle}
        align="right"
        sx={{ whiteSpace: 'nowrap' }}
      >
        <PerYear line={line} />
      </TableCell>
      <TableCell data-area="remove" padding="checkbox">
        {!disabled && (
          <IconButton
            aria-label={
              description
                ? t('costs.removeLineNamed', {
                    number: String(number),
                    description,
                  })
                : t('costs.removeLine', { number: String(number) })
            }
            onClick={() => props.onRemove(index)}
          >
            <DeleteOutlineIcon />
          </IconButton>
        )}
      </TableCell>
    </TableRow>
  );
}

/**
 * A line renders again only when something of it changed, so typing in one
 * of fifty lines re-renders one line (the handlers read the current lines
 * when called, so they count as equal).
 */
export const CostLineRow = memo(CostLineRowView, (prev, next) => {
  const { onChange: _a, onRemove: _b, ...prevData } = prev;
  const { onChange: _c, onRemove: _d, ...nextData } = next;
  return deepEquals(prevData, nextData);
});
