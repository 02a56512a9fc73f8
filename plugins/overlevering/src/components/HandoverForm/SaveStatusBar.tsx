import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';
import type { FieldError } from '../../api';
import type { SaveState } from './useDocumentAutosave';

/**
 * Where the saving stands, in words a screen reader announces, and the
 * explicit Lagre button for those who want to be sure.
 */
export function SaveStatusBar(props: {
  editable: boolean;
  state: SaveState;
  /** The fields the backend refused, in the user's language. */
  refused: FieldError[];
  onSave: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { editable } = props;
  const statusText = {
    saved: t('form.saved'),
    saving: t('form.saving'),
    dirty: t('form.unsaved'),
    conflict: t('form.unsaved'),
    error:
      props.refused.length > 0
        ? t('form.saveRefused', {
            problems: props.refused.map(e => e.message).join('; '),
          })
        : t('form.saveFailed'),
  }[props.state];
  return (
    <Stack direction="row" spacing={2} alignItems="center">
      <Typography role="status" aria-live="polite" sx={{ flexGrow: 1 }}>
        {editable ? statusText : ''}
      </Typography>
      <Typography variant="caption">{t('form.requiredLegend')}</Typography>
      {editable && (
        <Button
          variant="outlined"
          onClick={props.onSave}
          disabled={props.state === 'saving' || props.state === 'conflict'}
        >
          {t('form.save')}
        </Button>
      )}
    </Stack>
  );
}
