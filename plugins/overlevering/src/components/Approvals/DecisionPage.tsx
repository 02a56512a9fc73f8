import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  handoverSignalChannel,
  sectionsVouchedFor,
  type ConditionInput,
  type DecisionKind,
} from '@hemit/plugin-overlevering-common';
import {
  getTexts,
  SECTION_IDS,
  type SectionId,
} from '@hemit/overlevering-form-schema';
import { isConflict, overleveringApiRef } from '../../api';
import { approvalsRouteRef, handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { LoadError } from '../LoadError';
import { useLanguage, useLiveRefresh } from '../../hooks';
import {
  formExtensionOf,
  useLocalizedForm,
} from '../HandoverForm/useLocalizedForm';
import { ChangesSince, RoundCard, roleTitle } from '../HandoverPage';
import { SeatStatusChip } from '../StatusChip';
import { DecisionSummary } from './DecisionSummary';
import { RoleFocus } from './RoleFocus';
import { DecisionBarFrame, DecisionDone, DecisionForm } from './DecisionBar';
import { DecidedFirst } from './DecidedFirst';
import { entityRefsIn, summaryOf } from './decisionSummary';
import { useEntityNamer } from './useEntityNamer';

/**
 * Where an approver decides one seat of one round. First the delivery in
 * brief and what this role is expected to check; then what changed since this
 * seat last rejected, and the whole snapshot one click away; and always in
 * reach at the bottom, the comment with Godkjenn and Avslå.
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
  // The comment lives here, not in the form, so that it outlives the form
  // when a colleague decides the seat first.
  const [comment, setComment] = useState('');
  const [chosenSections, setChosenSections] = useState<SectionId[]>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DecisionKind>();
  const [decidedWithConditions, setDecidedWithConditions] = useState(false);
  const [error, setError] = useState<Error>();
  // Refused because the content changed since the page loaded (not because
  // a colleague decided first): said while the seat is still open.
  const [contentChanged, setContentChanged] = useState(false);

  const loaded = useAsyncRetry(async () => {
    const [handover, form, wholeForm, snapshot] = await Promise.all([
      api.getHandover(id),
      api.getForm(),
      api.exportMarkdown(id, { round: roundNumber }),
      api.getRoundSnapshot(id, roundNumber),
    ]);
    return { handover, form, wholeForm, snapshot: snapshot.document };
  }, [api, id, roundNumber]);
  useLiveRefresh(handoverSignalChannel(id), loaded.retry);
  const schema = useLocalizedForm(loaded.value?.form)?.schema;
  const served = loaded.value?.form;
  const extension = useMemo(
    () => (served ? formExtensionOf(served) : undefined),
    [served],
  );

  const handover = loaded.value?.handover;
  const roles = loaded.value?.form.approverRoles ?? [];
  const roleConfig = roles.find(r => r.id === role);
  const round = handover?.rounds.find(r => r.number === roundNumber);
  const seat = round?.seats.find(a => a.role === role);
  // The last earlier round in which this seat decided: a seat that rejected
  // sees all that changed since; a seat asked again after it approved sees
  // what changed in its own part of the form.
  const decidedBefore = handover?.rounds
    .filter(r => r.number < roundNumber)
    .reverse()
    .map(r => ({
      number: r.number,
      status: r.seats.find(a => a.role === role)?.status,
    }))
    .find(r => r.status === 'rejected' || r.status === 'approved');
  const vouchedParts = roleConfig?.vouchesFor;
  const open = round?.status === 'open' && seat?.status === 'pending';

  const snapshot = loaded.value?.snapshot;
  const facts = useMemo(
    () => snapshot && summaryOf(snapshot, handover?.entityRef),
    [snapshot, handover?.entityRef],
  );
  const refs = useMemo(
    () =>
      [
        ...entityRefsIn(snapshot),
        handover?.owner,
        handover?.entityRef,
        seat?.decidedBy,
      ].filter((ref): ref is string => !!ref),
    [snapshot, handover?.owner, handover?.entityRef, seat?.decidedBy],
  );
  const nameOf = useEntityNamer(refs);

  const sectionTitles = getTexts(language === 'en' ? 'en' : 'nb').fields;
  const sectionOptions = SECTION_IDS.map(section => ({
    id: section,
    title: sectionTitles[section].title,
  }));
  // Until the approver changes them, a rejection points at the sections
  // this role vouches for.
  const vouched = roleConfig ? sectionsVouchedFor(roleConfig) : [];
  const sections =
    chosenSections ?? SECTION_IDS.filter(section => vouched.includes(section));

  const stillPending = async () => {
    const fresh = await api.getHandover(id).catch(() => undefined);
    const freshSeat = fresh?.rounds
      .find(r => r.number === roundNumber)
      ?.seats.find(a => a.role === role);
    return freshSeat?.status === 'pending';
  };

  const decide = async (
    decision: DecisionKind,
    conditions?: ConditionInput[],
  ) => {
    setBusy(true);
    setError(undefined);
    setContentChanged(false);
    try {
      await api.decide(id, roundNumber, {
        role,
        decision,
        snapshotHash: round?.snapshotHash,
        comment: comment.trim() || undefined,
        sections:
          decision === 'reject' && sections.length > 0 ? sections : undefined,
        conditions: conditions?.length ? conditions : undefined,
      });
      setResult(decision);
      setDecidedWithConditions(Boolean(conditions?.length));
    } catch (e) {
      // Decided elsewhere first: the reload shows by whom, and the comment
      // stays on screen.
      if (!isConflict(e)) {
        setError(e as Error);
      } else if (await stillPending()) {
        // Not decided elsewhere: what the page showed is no longer what the
        // round decides on.
        setContentChanged(true);
      }
    }
    loaded.retry();
    setBusy(false);
  };

  const seatTitle = roleTitle(roles, role, language);
  const title = loaded.value
    ? `${handover?.title || t('common.untitled')} — ${seatTitle}`
    : t('tabs.approvals');

  return (
    <Page themeId="tool">
      <Header title={title} subtitle={t('pageTitle')} />
      <Content>
        <Stack spacing={2}>
          <Link to={approvalsLink()}>{t('approvals.back')}</Link>
          {loaded.error && <LoadError error={loaded.error} />}
          {loaded.loading && !loaded.value && <Progress />}
          {handover && round && facts && snapshot !== undefined && (
            <>
              <DecisionSummary
                facts={facts}
                owner={handover.owner}
                nameOf={nameOf}
                message={round.message}
                heading={
                  <Stack
                    direction="row"
                    spacing={2}
                    alignItems="center"
                    flexWrap="wrap"
                    useFlexGap
                  >
                    <Typography variant="body2">
                      {t('decision.yourSeat', {
                        role: seatTitle,
                        round: t('common.round', {
                          number: String(roundNumber),
                        }),
                      })}
                    </Typography>
                    {seat && <SeatStatusChip status={seat.status} />}
                    <Link to={handoverLink({ id })}>
                      {t('form.viewHandover')}
                    </Link>
                  </Stack>
                }
              />
              {decidedBefore?.status === 'rejected' && schema && (
                <InfoCard>
                  <ChangesSince
                    handoverId={id}
                    since={decidedBefore.number}
                    until={roundNumber}
                    schema={schema}
                    title={t('approvals.diffTitle', {
                      number: String(decidedBefore.number),
                    })}
                  />
                </InfoCard>
              )}
              {decidedBefore?.status === 'approved' && schema && (
                <InfoCard>
                  <ChangesSince
                    handoverId={id}
                    since={decidedBefore.number}
                    until={roundNumber}
                    schema={schema}
                    parts={vouchedParts?.length ? vouchedParts : undefined}
                    title={t('reapproval.diffTitle', {
                      number: String(decidedBefore.number),
                    })}
                  />
                </InfoCard>
              )}
              <RoleFocus
                role={roleConfig}
                round={roundNumber}
                document={snapshot}
                wholeForm={loaded.value!.wholeForm}
                nameOf={nameOf}
                extension={extension}
              />
              <RoundCard round={round} roles={roles} />
              <DecisionBarFrame>
                {error && (
                  <Alert severity="error" role="alert" sx={{ mb: 1 }}>
                    {error.message}
                  </Alert>
                )}
                {contentChanged && open && !result && (
                  <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
                    {t('reapproval.contentChanged')}
                  </Alert>
                )}
                {result && (
                  <DecisionDone
                    decision={result}
                    withConditions={decidedWithConditions}
                  />
                )}
                {!result && open && (
                  <DecisionForm
                    comment={comment}
                    onCommentChange={setComment}
                    sections={sections}
                    onSectionsChange={setChosenSections}
                    sectionOptions={sectionOptions}
                    busy={busy}
                    onDecide={decide}
                  />
                )}
                {!result && !open && (
                  <DecidedFirst seat={seat} comment={comment} nameOf={nameOf} />
                )}
              </DecisionBarFrame>
            </>
          )}
        </Stack>
      </Content>
    </Page>
  );
}
