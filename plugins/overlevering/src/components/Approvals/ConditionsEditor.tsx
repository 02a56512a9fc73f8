import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  conditionInputProblems,
  type ConditionInput,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { CatalogRefWidget } from '../HandoverForm/CatalogRefWidget';

const empty = (): ConditionInput => ({ text: '', followUp: '', due: '' });

/**
 * The conditions of an approval "med forbehold": for each, what must be
 * done, the person who follows it up (picked from the catalog) and by when.
 * Sent only when every condition has all three, as the server requires.
 */
export function ConditionsEditor(props: {
  busy: boolean;
  onSend: (conditions: ConditionInput[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const [conditions, setConditions] = useState<ConditionInput[]>([empty()]);
  const [tried, setTried] = useState(false);
  const problems = conditionInputProblems(conditions);
  const hasProblem = (index: number, field: string) =>
    tried && problems.some(p => p.index === index && p.field === field);
  const change = (index: number, patch: Partial<ConditionInput>) =>
    setConditions(all =>
      all.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    );

  const send = () => {
    setTried(true);
    if (problems.length === 0) {
      props.onSend(conditions.map(c => ({ ...c, text: c.text.trim() })));
    }
  };

  return (
    <Stack
      component="fieldset"
      spacing={1}
      sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}
    >
      <Typography component="legend" variant="subtitle2">
        {t('conditions.legend')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('conditions.intro')}
      </Typography>
      {conditions.map((condition, index) => (
        <Stack
          key={index}
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          alignItems={{ md: 'center' }}
          role="group"
          aria-label={`${t('conditions.legend')} ${index + 1}`}
        >
          <TextField
            label={t('conditions.text')}
            value={condition.text}
            onChange={e => change(index, { text: e.target.value })}
            error={hasProblem(index, 'text')}
            required
            multiline
            maxRows={4}
            size="small"
            sx={{ flex: 2 }}
          />
          <Stack
            sx={{ flex: 1, minWidth: 200, '& .MuiFormControl-root': { m: 0 } }}
          >
            <CatalogRefWidget
              id={`overlevering-condition-${index}-follow-up`}
              kinds={['User']}
              label={t('conditions.followUp')}
              value={condition.followUp || undefined}
              onChange={(ref?: string) =>
                change(index, { followUp: ref ?? '' })
              }
              onBlur={() => {}}
              required
              rawErrors={hasProblem(index, 'followUp') ? [' '] : undefined}
              disabled={props.busy}
            />
          </Stack>
          <TextField
            label={t('conditions.due')}
            type="date"
            value={condition.due}
            onChange={e => change(index, { due: e.target.value })}
            error={hasProblem(index, 'due')}
            required
            size="small"
            InputLabelProps={{ shrink: true }}
          />
          {conditions.length > 1 && (
            <IconButton
              aria-label={t('conditions.remove', { number: String(index + 1) })}
              onClick={() =>
                setConditions(all => all.filter((_, i) => i !== index))
              }
            >
              <DeleteIcon />
            </IconButton>
          )}
        </Stack>
      ))}
      {tried && problems.length > 0 && (
        <Alert severity="warning">{t('conditions.incomplete')}</Alert>
      )}
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Button
          onClick={() => setConditions(all => [...all, empty()])}
          disabled={props.busy || conditions.length >= 10}
        >
          {t('conditions.add')}
        </Button>
        <Button
          variant="contained"
          color="success"
          onClick={send}
          disabled={props.busy}
        >
          {t('conditions.send')}
        </Button>
        <Button onClick={props.onCancel} disabled={props.busy}>
          {t('conditions.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
