import Table from '@mui/material/Table';
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

/** The current round's tally in words, e.g. "Runde 2: 3 godkjent, 1 avslått, 2 venter". */
export function RoundTallyText(props: { handover: HandoverSummary }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const round = props.handover.currentRound;
  if (!round) {
    return <>{t('list.noRound')}</>;
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

/** A table of handovers: title, status, tally, service and last change. */
export function HandoverTable(props: {
  handovers: HandoverSummary[];
  emptyText: string;
  showService?: boolean;
  caption?: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const { dateTime } = useFormatters();
  if (props.handovers.length === 0) {
    return <Typography sx={{ py: 2 }}>{props.emptyText}</Typography>;
  }
  const showService = props.showService ?? true;
  return (
    <Table size="small" aria-label={props.caption}>
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
            <TableCell>
              <HandoverStatusChip status={handover.status} />
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
            <TableCell>{dateTime(handover.updatedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
