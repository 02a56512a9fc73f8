import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Seat } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import { oneLine } from '../HandoverTable';
import { SeatStatusChip } from '../StatusChip';
import { SeatWaiting } from './SeatWaiting';
import { OnBehalfOfMark } from './OnBehalfOfMark';
import { SelfApprovedMark } from './SelfApprovedMark';
import type { SeatWaitingLines } from './useSeatReminders';

/**
 * The seats of a round on a phone: one block per seat, its role and state
 * on top, then who holds it, who decided when, and the comment.
 */
export function SeatList(props: {
  seats: Seat[];
  /** The title of a role in the reader's language. */
  roleTitle: (role: string) => string;
  label: string;
  /** How long each waiting seat has waited and when it is reminded, by role. */
  waiting?: Map<string, SeatWaitingLines>;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  return (
    <Stack
      component="ul"
      aria-label={props.label}
      spacing={1}
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        '& > li + li': { borderTop: 1, borderColor: 'divider', pt: 1 },
      }}
    >
      {props.seats.map(seat => (
        <Box component="li" key={seat.role}>
          <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            justifyContent="space-between"
            useFlexGap
            flexWrap="wrap"
          >
            <Typography variant="subtitle2" component="span">
              {props.roleTitle(seat.role)}
            </Typography>
            <SeatStatusChip status={seat.status} />
          </Stack>
          <Typography variant="body2">
            {t('handover.approver')}:{' '}
            <EntityRefLink entityRef={seat.approver} />
          </Typography>
          <SeatWaiting lines={props.waiting?.get(seat.role)} />
          {seat.decidedBy && (
            <Typography variant="body2" color="text.secondary">
              {t('handover.decidedBy')}:{' '}
              <EntityRefLink entityRef={seat.decidedBy} />
              <OnBehalfOfMark seat={seat} />
              <SelfApprovedMark seat={seat} />
              {seat.decidedAt && (
                <>
                  ,{' '}
                  <Typography component="span" variant="inherit" sx={oneLine}>
                    {dateTime(seat.decidedAt)}
                  </Typography>
                </>
              )}
            </Typography>
          )}
          {seat.comment && (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {t('handover.comment')}: {seat.comment}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
}
