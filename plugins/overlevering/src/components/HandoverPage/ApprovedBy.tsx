import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  standingApprovals,
  type ApproverRole,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import { oneLine } from '../HandoverTable';
import { roleTitle } from './RoundCard';
import { OnBehalfOfMark } from './OnBehalfOfMark';

/**
 * Who approved an approved handover: "Godkjent av alle 7", then each role
 * with the person who approved it and when, whichever round that was in.
 */
export function ApprovedBy(props: { rounds: Round[]; roles: ApproverRole[] }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const language = useLanguage();
  const { roles } = props;
  const place = (role: string) => {
    const index = roles.findIndex(r => r.id === role);
    return index === -1 ? roles.length : index;
  };
  // In the configured order of the roles, as every round lists them.
  const approvals = standingApprovals(props.rounds).sort(
    (a, b) => place(a.seat.role) - place(b.seat.role),
  );
  const headingId = 'overlevering-approved-by';
  if (props.rounds.length === 0) {
    // Only the import of the old list makes a handover approved without a
    // round: it was approved there, and its history says so.
    return (
      <Typography variant="body2">{t('import.approvedInList')}</Typography>
    );
  }
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="body2" id={headingId} sx={{ fontWeight: 'bold' }}>
        {t('history.approvedByAll', { number: String(approvals.length) })}
      </Typography>
      <Box
        component="dl"
        aria-label={t('history.whoApproved')}
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: 1.5,
          rowGap: 0.5,
          typography: 'body2',
          '& dd': { m: 0 },
        }}
      >
        {approvals.map(({ seat }) => (
          <Box key={seat.role} sx={{ display: 'contents' }}>
            <dt>{roleTitle(roles, seat.role, language)}</dt>
            <dd>
              {seat.decidedBy && <EntityRefLink entityRef={seat.decidedBy} />}
              <OnBehalfOfMark seat={seat} />
              {seat.decidedAt && (
                <>
                  ,{' '}
                  <Typography component="span" variant="inherit" sx={oneLine}>
                    {dateTime(seat.decidedAt)}
                  </Typography>
                </>
              )}
            </dd>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
