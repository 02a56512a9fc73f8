import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';

/** The cost lines' sums, in the user's locale, as they are typed. */
export function CostTotals(props: { yearly: string; oneOff: string }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
      <Typography>
        <strong>{t('form.yearlyTotal')}:</strong> {props.yearly}
      </Typography>
      <Typography>
        <strong>{t('form.oneOffTotal')}:</strong> {props.oneOff}
      </Typography>
    </Box>
  );
}
