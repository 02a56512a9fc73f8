import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Seat } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import { sectionTitles } from '../HandoverPage';

/**
 * The seat was decided before this approver sent anything: who decided it,
 * what and when, and the comment this approver had typed, kept where they
 * can read and copy it rather than thrown away.
 */
export function DecidedFirst(props: {
  seat?: Seat;
  /** What this approver typed and did not get to send. */
  comment: string;
  nameOf: (ref: string) => string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const language = useLanguage();
  const [copied, setCopied] = useState(false);
  const { seat, nameOf } = props;
  const decided =
    seat?.decidedBy &&
    (seat.status === 'approved' || seat.status === 'rejected')
      ? seat
      : undefined;
  const kept = props.comment.trim();

  const copy = async () => {
    await window.navigator.clipboard?.writeText(kept);
    setCopied(true);
  };

  return (
    <Stack spacing={1.5}>
      <Alert severity="warning">
        {decided ? (
          <>
            <div>
              {t('decision.decidedFirst', {
                name: nameOf(decided.decidedBy!),
                decision: t(
                  decided.status === 'approved'
                    ? 'decision.decidedApproved'
                    : 'decision.decidedRejected',
                ),
                when: dateTime(decided.decidedAt),
              })}
            </div>
            {decided.comment && (
              <div>
                {t('decision.theirComment', {
                  name: nameOf(decided.decidedBy!),
                  comment: decided.comment,
                })}
              </div>
            )}
            {decided.sections && decided.sections.length > 0 && (
              <div>
                {t('decision.rejectedSections', {
                  sections: sectionTitles(decided.sections, language),
                })}
              </div>
            )}
          </>
        ) : (
          t('approvals.alreadyDecided')
        )}
      </Alert>
      {kept && (
        <Box>
          <TextField
            label={t('decision.keptComment')}
            helperText={t('decision.keptCommentHelp')}
            value={props.comment}
            InputProps={{ readOnly: true }}
            multiline
            maxRows={6}
            fullWidth
            size="small"
          />
          <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 1 }}>
            <Button
              variant="outlined"
              size="small"
              startIcon={<ContentCopy />}
              onClick={copy}
            >
              {t('decision.copy')}
            </Button>
            {copied && (
              <Typography variant="body2" role="status">
                {t('decision.copied')}
              </Typography>
            )}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
