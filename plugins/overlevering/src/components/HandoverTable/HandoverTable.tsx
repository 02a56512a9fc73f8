import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { HandoverSummary } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { handoverRouteRef } from '../../routes';
import { useFormatters } from '../../hooks';
import { HandoverStatusChip } from '../StatusChip';
import { oneLine, usePhoneLayout } from './layout';
import { ReadableTable } from './ReadableTable';

/**
 * Where the handover's approval stands in words: "Godkjent av alle 7" once
 * approved, else the current round's tally, e.g. "Runde 2: 3 godkjent,
 * 1 avslått, 2 venter".
 */
export function RoundTallyText(props: { handover: HandoverSummary }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { handover } = props;
  const round = handover.currentRound;
  if (handover.status === 'approved' && handover.approvedSeats) {
    return (
      <>
        {t('history.approvedByAll', {
          number: String(handover.approvedSeats),
        })}
      </>
    );
  }
  if (!round) {
    // Decided without a round: imported so from the old SharePoint list.
    const decided =
      handover.status === 'approved' || handover.status === 'rejected';
    return <>{t(decided ? 'import.decidedInList' : 'list.noRound')}</>;
  }
  return (
    <>
      {t('common.round', { number: String(round.number) })}:{' '}
      {t('common.tally', {
        approved: String(round.approved),
        rejected: String(round.rejected),
        pending: String(round.pending),
      })}
    </>
  );
}

/** One handover as a card, for a phone: each field under the other. */
function HandoverCard(props: {
  handover: HandoverSummary;
  showService: boolean;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const { dateTime } = useFormatters();
  const { handover } = props;
  return (
    <Card variant="outlined" component="li">
      <CardContent>
        <Stack spacing={1} alignItems="flex-start">
          <Typography variant="subtitle1" component="h3">
            <Link to={handoverLink({ id: handover.id })}>
              {handover.title || t('common.untitled')}
            </Link>
          </Typography>
          <HandoverStatusChip status={handover.status} phase={handover.phase} />
          <Typography variant="body2">
            <RoundTallyText handover={handover} />
          </Typography>
          {props.showService && handover.entityRef && (
            <Typography variant="body2">
              {t('common.service')}:{' '}
              <EntityRefLink entityRef={handover.entityRef} />
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('common.lastChanged')}:{' '}
            <Typography component="span" variant="inherit" sx={oneLine}>
              {dateTime(handover.updatedAt)}
            </Typography>
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}

/**
 * Handovers with title, status, approval, service and last change: a table,
 * or on a phone a list of cards.
 */
export function HandoverTable(props: {
  handovers: HandoverSummary[];
  emptyText: string;
  showService?: boolean;
  caption?: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const { dateTime } = useFormatters();
  const phone = usePhoneLayout();
  if (props.handovers.length === 0) {
    return <Typography sx={{ py: 2 }}>{props.emptyText}</Typography>;
  }
  const showService = props.showService ?? true;
  if (phone) {
    return (
      <Stack
        component="ul"
        spacing={1}
        aria-label={props.caption}
        sx={{ listStyle: 'none', m: 0, p: 0 }}
      >
        {props.handovers.map(handover => (
          <HandoverCard
            key={handover.id}
            handover={handover}
            showService={showService}
          />
        ))}
      </Stack>
    );
  }
  return (
    <ReadableTable aria-label={props.caption}>
      <TableHead>
        <TableRow>
          <TableCell>{t('common.title')}</TableCell>
          <TableCell>{t('list.statusFilter')}</TableCell>
          <TableCell>{t('list.approvalState')}</TableCell>
          {showService && <TableCell>{t('common.service')}</TableCell>}
          <TableCell>{t('common.lastChanged')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.handovers.map(handover => (
          <TableRow key={handover.id}>
            <TableCell>
              <Link to={handoverLink({ id: handover.id })}>
                {handover.title || t('common.untitled')}
              </Link>
            </TableCell>
            <TableCell sx={oneLine}>
              <HandoverStatusChip
                status={handover.status}
                phase={handover.phase}
              />
            </TableCell>
            <TableCell>
              <RoundTallyText handover={handover} />
            </TableCell>
            {showService && (
              <TableCell>
                {handover.entityRef && (
                  <EntityRefLink entityRef={handover.entityRef} />
                )}
              </TableCell>
            )}
            <TableCell sx={oneLine}>{dateTime(handover.updatedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ReadableTable>
  );
}
