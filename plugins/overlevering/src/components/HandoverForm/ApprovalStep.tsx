import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';

/** The Godkjenning step: what sending means, and the button that opens the dialog. */
export function ApprovalStep(props: {
  canSubmit: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('form.approvalStep')}
      </Typography>
      <Typography paragraph>{t('form.approvalStepText')}</Typography>
      <Button
        variant="contained"
        disabled={!props.canSubmit}
        onClick={props.onOpen}
      >
        {t('form.openSubmit')}
      </Button>
    </Box>
  );
}
