import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Content,
  Header,
  InfoCard,
  Link,
  MarkdownContent,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { DecisionKind } from '@hemit/plugin-overlevering-common';
import { handoverSignalChannel } from '@hemit/plugin-overlevering-common';
import { isConflict, overleveringApiRef } from '../../api';
import { approvalsRouteRef, handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { LoadError } from '../LoadError';
import { useLanguage, useLiveRefresh } from '../../hooks';
import { useLocalizedForm } from '../HandoverForm/useLocalizedForm';
import { ChangesSince, RoundCard, roleTitle } from '../HandoverPage';
import { SeatStatusChip } from '../StatusChip';

/**
 * Where an approver decides one seat of one round: the round's snapshot, what
 * changed since this seat last rejected, and approve or reject with a comment.
 */
export function DecisionPage(props: {
  handoverId?: string;
  round?: number;
  role?: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const language = useLanguage();
  const params = useParams();
  const id = props.handoverId ?? params.id ?? '';
  const roundNumber = props.round ?? Number(params.round);
  const role = props.role ?? params.role ?? '';
  const approvalsLink = useRouteRef(approvalsRouteRef);
  const handoverLink = useRouteRef(handoverRouteRef);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DecisionKind>();
  const [error, setError] = useState<Error>();

  const loaded = useAsyncRetry(async () => {
    const [handover, form, snapshot] = await Promise.all([
      api.getHandover(id),
      api.getForm(),
      api.exportMarkdown(id, { round: roundNumber }),
    ]);
    return { handover, form, roles: form.approverRoles, snapshot };
  }, [api, id, roundNumber]);
  useLiveRefresh(handoverSignalChannel(id), loaded.retry);
  const schema = useLocalizedForm(loaded.value?.form)?.schema;

  const handover = loaded.value?.handover;
  const round = handover?.rounds.find(r => r.number === roundNumber);
  const seat = round?.seats.find(a => a.role === role);
  // The last earlier round in which this seat rejected: show what changed since.
  const rejectedBefore = handover?.rounds
    .filter(r => r.number < roundNumber)
    .reverse()
    .find(r => r.seats.some(a => a.role === role && a.status === 'rejected'));
  const open = round?.status === 'open' && seat?.status === 'pending';

  const decide = async (decision: DecisionKind) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.decide(id, roundNumber, {
        role,
        decision,
        comment: comment.trim() || undefined,
      });
      setResult(decision);
      loaded.retry();
    } catch (e) {
      setError(
        isConflict(e) ? new Error(t('approvals.alreadyDecided')) : (e as Error),
      );
    }
    setBusy(false);
  };

  const title = loaded.value
    ? `${handover?.title || t('common.untitled')} — ${roleTitle(
        loaded.value.roles,
        role,
        language,
      )}`
    : t('tabs.approvals');

  return (
    <Page themeId="tool">
      <Header title={title} subtitle={t('pageTitle')} />
      <Content>
        <Stack spacing={2}>
          <Link to={approvalsLink()}>{t('approvals.back')}</Link>
          {loaded.error && <LoadError error={loaded.error} />}
          {loaded.loading && !loaded.value && <Progress />}
          {handover && round && loaded.value && (
            <>
              <InfoCard>
                <Stack direction="row" spacing={2} alignItems="center">
                  <Typography>
                    {roleTitle(loaded.value.roles, role, language)} ·{' '}
                    {t('common.round', { number: String(roundNumber) })}
                  </Typography>
                  {seat && <SeatStatusChip status={seat.status} />}
                  <Link to={handoverLink({ id })}>
                    {t('form.viewHandover')}
                  </Link>
                </Stack>
                {round.message && (
                  <Typography sx={{ mt: 1 }}>
                    <strong>{t('handover.message')}:</strong> {round.message}
                  </Typography>
                )}
              </InfoCard>
              {rejectedBefore && schema && (
                <InfoCard>
                  <ChangesSince
                    handoverId={id}
                    since={rejectedBefore.number}
                    until={roundNumber}
                    schema={schema}
                    title={t('approvals.diffTitle', {
                      number: String(rejectedBefore.number),
                    })}
                  />
                </InfoCard>
              )}
              <InfoCard
                title={t('approvals.snapshot', { number: String(roundNumber) })}
              >
                <section
                  aria-label={t('approvals.snapshot', {
                    number: String(roundNumber),
                  })}
                >
                  <MarkdownContent content={loaded.value.snapshot} />
                </section>
              </InfoCard>
              {result && (
                <Alert severity="success" role="status">
                  {result === 'approve'
                    ? t('approvals.approved')
                    : t('approvals.rejected')}
                </Alert>
              )}
              {error && (
                <Alert severity="error" role="alert">
                  {error.message}
                </Alert>
              )}
              {!open && !result && (
                <Alert severity="info">{t('approvals.alreadyDecided')}</Alert>
              )}
              {open && !result && (
                <InfoCard>
                  <TextField
                    label={t('approvals.comment')}
                    helperText={t('approvals.commentHelp')}
                    value={comment}
                    onChange={e => setComment(e.target.value)}
                    multiline
                    minRows={3}
                    fullWidth
                  />
                  <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
                    <Button
                      variant="contained"
                      color="success"
                      disabled={busy}
                      onClick={() => decide('approve')}
                    >
                      {t('approvals.approve')}
                    </Button>
                    <Button
                      variant="contained"
                      color="error"
                      disabled={busy || comment.trim() === ''}
                      onClick={() => decide('reject')}
                    >
                      {t('approvals.reject')}
                    </Button>
                  </Stack>
                </InfoCard>
              )}
              <RoundCard round={round} roles={loaded.value.roles} />
            </>
          )}
        </Stack>
      </Content>
    </Page>
  );
}
