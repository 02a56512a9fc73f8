import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Seat } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';

/**
 * After the decider's name: whom a deputy decided the seat for while that
 * person was away, so the page names both ("Per på vegne av Siri Leder").
 */
export function OnBehalfOfMark(props: { seat: Pick<Seat, 'onBehalfOf'> }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  if (!props.seat.onBehalfOf) return null;
  return (
    <Typography component="span" variant="inherit">
      {' '}
      {t('absences.onBehalfOf', { name: '' })}
      <EntityRefLink entityRef={props.seat.onBehalfOf} />
    </Typography>
  );
}
