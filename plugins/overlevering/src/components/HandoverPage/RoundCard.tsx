import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  approverRoleTitle,
  type ApproverRole,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { getTexts } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import { RoundStatusChip, SeatStatusChip } from '../StatusChip';
import {
  freeText,
  oneLine,
  ReadableTable,
  usePhoneLayout,
} from '../HandoverTable';
import { SeatList } from './SeatList';
import { OnBehalfOfMark } from './OnBehalfOfMark';
import { SelfApprovedMark } from './SelfApprovedMark';
import { SeatWaiting } from './SeatWaiting';
import { useSeatReminders } from './useSeatReminders';

/**
 * The role's title from config in the reader's language, or its id when
 * config no longer has it.
 */
export function roleTitle(
  roles: ApproverRole[],
  id: string,
  language: string,
): string {
  const role = roles.find(r => r.id === id);
  return role ? approverRoleTitle(role, language) : id;
}

/** The titles of the form's sections a rejection points at, in the reader's language. */
export function sectionTitles(
  sections: readonly string[],
  language: string,
): string {
  const fields: Record<string, { title: string } | undefined> = getTexts(
    language === 'en' ? 'en' : 'nb',
  ).fields;
  return sections.map(section => fields[section]?.title ?? section).join(', ');
}

/** Where a role stands in the configuration; roles no longer configured last. */
function roleOrder(roles: ApproverRole[], id: string): number {
  const index = roles.findIndex(r => r.id === id);
  return index === -1 ? roles.length : index;
}

/** One approval round: who was asked, what each answered, and the rejections first. */
export function RoundCard(props: {
  round: Round;
  roles: ApproverRole[];
  /** The time the waiting is counted to; a test passes its own. */
  now?: Date;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const language = useLanguage();
  const { round, roles } = props;
  const waiting = useSeatReminders(round, roles, props.now ?? new Date());
  // In the configured order of the roles, as the submit dialog lists them.
  const seats = [...round.seats].sort(
    (a, b) => roleOrder(roles, a.role) - roleOrder(roles, b.role),
  );
  const rejections = seats.filter(a => a.status === 'rejected');
  const headingId = `overlevering-round-${round.number}`;
  const phone = usePhoneLayout();
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h3" id={headingId}>
            {t('common.round', { number: String(round.number) })}
          </Typography>
          <RoundStatusChip status={round.status} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('handover.submittedBy', { when: dateTime(round.submittedAt) })}{' '}
          <EntityRefLink entityRef={round.submittedBy} />
        </Typography>
        {round.message && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <strong>{t('handover.message')}:</strong> {round.message}
          </Typography>
        )}
        {rejections.length > 0 && (
          <Alert
            severity="error"
            sx={{ my: 2 }}
            role="region"
            aria-label={t('handover.rejectionComments')}
          >
            <strong>{t('handover.rejectionComments')}</strong>
            <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
              {rejections.map(a => (
                <li key={a.role}>
                  <strong>{roleTitle(roles, a.role, language)}</strong>
                  {a.decidedBy && (
                    <>
                      {' ('}
                      <EntityRefLink entityRef={a.decidedBy} />)
                    </>
                  )}
                  : {a.comment}
                  {a.sections && a.sections.length > 0 && (
                    <div>
                      {t('decision.rejectedSections', {
                        sections: sectionTitles(a.sections, language),
                      })}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {phone ? (
          <SeatList
            seats={seats}
            roleTitle={role => roleTitle(roles, role, language)}
            label={t('common.round', { number: String(round.number) })}
            waiting={waiting}
          />
        ) : (
          <ReadableTable aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell>{t('handover.seat')}</TableCell>
                <TableCell>{t('handover.approver')}</TableCell>
                <TableCell>{t('handover.state')}</TableCell>
                <TableCell>{t('handover.decidedBy')}</TableCell>
                <TableCell>{t('handover.decidedAt')}</TableCell>
                <TableCell>{t('handover.comment')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {seats.map(a => (
                <TableRow key={a.role}>
                  <TableCell>{roleTitle(roles, a.role, language)}</TableCell>
                  <TableCell>
                    <EntityRefLink entityRef={a.approver} />
                  </TableCell>
                  <TableCell sx={oneLine}>
                    <SeatStatusChip status={a.status} />
                    <SeatWaiting lines={waiting.get(a.role)} />
                  </TableCell>
                  <TableCell>
                    {a.decidedBy && <EntityRefLink entityRef={a.decidedBy} />}
                    <OnBehalfOfMark seat={a} />
                    <SelfApprovedMark seat={a} />
                  </TableCell>
                  <TableCell sx={oneLine}>{dateTime(a.decidedAt)}</TableCell>
                  <TableCell sx={freeText}>{a.comment}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ReadableTable>
        )}
      </CardContent>
    </Card>
  );
}
