import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Seat } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';

/**
 * Says that the owner decided this seat of her own handover, where the
 * portal allows it: four eyes were two here, and a reader must see that.
 */
export function SelfApprovedMark(props: { seat: Pick<Seat, 'selfApproved'> }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  if (!props.seat.selfApproved) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      color="text.primary"
      sx={{ display: 'block', fontWeight: 500 }}
    >
      {t('reapproval.selfApproved')}
    </Typography>
  );
}
