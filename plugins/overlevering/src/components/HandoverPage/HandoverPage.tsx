import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Content,
  Header,
  InfoCard,
  LinkButton,
  Page,
  Progress,
} from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  canWithdraw,
  handoverSignalChannel,
  isEditable,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, messageOf } from '../../api';
import { handoverFormRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { useCurrentUser, useFormatters, useLiveRefresh } from '../../hooks';
import { HandoverStatusChip } from '../StatusChip';
import { LoadError } from '../LoadError';
import { useLocalizedForm } from '../HandoverForm/useLocalizedForm';
import { oneLine, RoundTallyText } from '../HandoverTable';
import { ApprovedBy } from './ApprovedBy';
import { ChangesSince } from './ChangesSince';
import { ConditionsCard } from './ConditionsCard';
import { FollowUpCard } from './FollowUpCard';
import { DiscardDraftButton } from './DiscardDraftButton';
import { HistoryTimeline } from './HistoryTimeline';
import { PrintView } from './PrintView';
import { RoundCard } from './RoundCard';

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** One handover: status, every round with each seat, history, export, withdraw. */
export function HandoverPage(props: { handoverId?: string }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const params = useParams();
  const id = props.handoverId ?? params.id ?? '';
  const formLink = useRouteRef(handoverFormRouteRef);
  const user = useCurrentUser();
  const { dateTime } = useFormatters();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [printing, setPrinting] = useState(false);

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [handover, history, form] = await Promise.all([
      api.getHandover(id),
      api.getHistory(id),
      api.getForm(),
    ]);
    const sections = (form.schema.properties ?? {}) as Record<
      string,
      { title?: string }
    >;
    return {
      handover,
      history: history.items,
      form,
      roles: form.approverRoles,
      sections: Object.entries(sections).map(([section, { title }]) => ({
        id: section,
        title: title ?? section,
      })),
    };
  }, [api, id]);
  useLiveRefresh(handoverSignalChannel(id), retry);
  const schema = useLocalizedForm(value?.form)?.schema;

  const handover = value?.handover;
  const isOwner = Boolean(handover && user && handover.owner === user);
  const editable = isEditable(handover?.status);
  const rounds = handover ? [...handover.rounds].reverse() : [];
  const lastRejected = rounds.find(r => r.status === 'rejected');

  const withdraw = async () => {
    setConfirmWithdraw(false);
    try {
      await api.withdraw(id);
      alertApi.post({
        message: t('handover.withdrawn'),
        severity: 'success',
        display: 'transient',
      });
    } catch (e) {
      alertApi.post({ message: messageOf(e), severity: 'error' });
    }
    retry();
  };

  const exportMarkdown = async () => {
    try {
      const markdown = await api.exportMarkdown(id);
      download(`overlevering-${id}.md`, markdown);
    } catch (e) {
      alertApi.post({ message: messageOf(e), severity: 'error' });
    }
  };

  return (
    <Page themeId="tool">
      <Header
        title={
          handover ? handover.title || t('common.untitled') : t('pageTitle')
        }
        subtitle={t('pageTitle')}
      />
      <Content>
        {error && <LoadError error={error} />}
        {loading && !value && <Progress />}
        {handover && value && (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
                {isOwner && editable && (
                  <LinkButton
                    to={formLink({ id })}
                    variant="contained"
                    color="primary"
                  >
                    {t('handover.edit')}
                  </LinkButton>
                )}
                {isOwner && canWithdraw(handover.status) && (
                  <Button
                    variant="outlined"
                    color="warning"
                    onClick={() => setConfirmWithdraw(true)}
                  >
                    {t('handover.withdraw')}
                  </Button>
                )}
                <DiscardDraftButton handover={handover} onDiscarded={retry} />
                <Button variant="outlined" onClick={exportMarkdown}>
                  {t('handover.exportMarkdown')}
                </Button>
                <Button variant="outlined" onClick={() => setPrinting(true)}>
                  {t('handover.print')}
                </Button>
              </Stack>
            </Grid>
            <Grid item xs={12} md={4}>
              <InfoCard title={t('handover.state')}>
                <Stack spacing={1}>
                  <HandoverStatusChip
                    status={handover.status}
                    phase={handover.followUp?.phase}
                  />
                  {handover.status === 'approved' ? (
                    <ApprovedBy rounds={handover.rounds} roles={value.roles} />
                  ) : (
                    <Typography variant="body2">
                      <RoundTallyText handover={handover} />
                    </Typography>
                  )}
                  <Typography variant="body2">
                    {t('common.owner')}:{' '}
                    <EntityRefLink entityRef={handover.owner} />
                  </Typography>
                  {handover.entityRef && (
                    <Typography variant="body2">
                      {t('common.service')}:{' '}
                      <EntityRefLink entityRef={handover.entityRef} />
                    </Typography>
                  )}
                  <Typography variant="body2">
                    {t('common.lastChanged')}:{' '}
                    <Typography component="span" variant="inherit" sx={oneLine}>
                      {dateTime(handover.updatedAt)}
                    </Typography>
                  </Typography>
                </Stack>
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={8}>
              <Stack spacing={2}>
                {lastRejected && schema && handover.status !== 'approved' && (
                  <InfoCard>
                    <ChangesSince
                      handoverId={id}
                      since={lastRejected.number}
                      schema={schema}
                      document={handover.document}
                      title={t('handover.changesSince', {
                        number: String(lastRejected.number),
                      })}
                    />
                  </InfoCard>
                )}
                {handover.followUp && (
                  <FollowUpCard
                    handover={handover}
                    roles={value.roles}
                    user={user}
                    onChanged={retry}
                  />
                )}
                {handover.conditions?.length ? (
                  <ConditionsCard
                    handoverId={id}
                    conditions={handover.conditions}
                    roles={value.roles}
                    user={user}
                    onChanged={retry}
                  />
                ) : null}
                <Typography variant="h5" component="h2">
                  {t('handover.rounds')}
                </Typography>
                {rounds.length === 0 && (
                  <Alert severity="info">
                    {/* Decided without a round: imported so from the old list. */}
                    {handover.status === 'approved' ||
                    handover.status === 'rejected'
                      ? t('import.noRoundsInPortal')
                      : t('handover.noRounds')}
                  </Alert>
                )}
                {rounds.map(round => (
                  <RoundCard
                    key={round.number}
                    round={round}
                    roles={value.roles}
                  />
                ))}
                <InfoCard title={t('handover.history')}>
                  <HistoryTimeline
                    events={value.history}
                    roles={value.roles}
                    sections={value.sections}
                  />
                </InfoCard>
              </Stack>
            </Grid>
          </Grid>
        )}
        <Dialog
          open={confirmWithdraw}
          onClose={() => setConfirmWithdraw(false)}
          aria-labelledby="overlevering-withdraw-title"
        >
          <DialogTitle id="overlevering-withdraw-title">
            {t('handover.withdraw')}
          </DialogTitle>
          <DialogContent>
            <DialogContentText>
              {t('handover.withdrawConfirm')}
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirmWithdraw(false)}>
              {t('common.cancel')}
            </Button>
            <Button variant="contained" color="warning" onClick={withdraw}>
              {t('handover.withdraw')}
            </Button>
          </DialogActions>
        </Dialog>
        {printing && (
          <PrintView handoverId={id} onClose={() => setPrinting(false)} />
        )}
      </Content>
    </Page>
  );
}
