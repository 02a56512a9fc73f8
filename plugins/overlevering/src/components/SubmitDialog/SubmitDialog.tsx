import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  approverRoleTitle,
  previousOptionalRoles,
  suggestOptionalSeats,
  type FormResponse,
  type Handover,
  type Round,
  type SeatReason,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, problemsOf, type FieldError } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useLanguage } from '../../hooks';
import { titleAtPath, type JsonRecord } from '../../lib/document';
import { useSeatHolders } from './seatHolders';
import { useNextRoundPlan } from './useNextRoundPlan';
import { SeatHolderText } from './SeatHolderText';
import { OptionalSeats } from './OptionalSeats';
import { SubmitRefusal } from './SubmitRefusal';

/**
 * The Godkjenning step: shows who will be asked and why, lets the owner tick
 * the optional seats (pre-ticked with the previous round's choice, and with
 * a hint where the form speaks for a seat), write a message and send the
 * round. It does not send while it knows a seat nobody can be asked for.
 */
export function SubmitDialog(props: {
  open: boolean;
  onClose: () => void;
  handover: Handover;
  form: FormResponse;
  /** The schema in the user's language, for field names. */
  schema: JsonRecord;
  document: JsonRecord;
  /** Saves pending edits first; resolves to the revision to submit. */
  prepare: () => Promise<number | undefined>;
  onSubmitted: (round: Round) => void;
  /** Told which fields a refused submit named, to mark them in the form. */
  onFieldErrors?: (errors: FieldError[]) => void;
  /** Takes the user to a field. */
  onGoToField?: (path: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const language = useLanguage();
  const { handover, form } = props;
  const previousOptional = useMemo(
    () => previousOptionalRoles(handover.rounds),
    [handover.rounds],
  );
  const [ticked, setTicked] = useState<string[]>(previousOptional);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The plan the server will follow for exactly these ticks and this text.
  const planned = useNextRoundPlan({
    roles: form.approverRoles,
    handover,
    optionalRoles: ticked,
    document: props.document,
  });
  const seatsToAsk = planned.plan?.seats ?? [];
  const keptApprovals = planned.plan?.kept ?? [];
  const isResubmission = handover.rounds.length > 0;
  const fixed = form.approverRoles.filter(r => r.kind === 'fixed');
  const optional = form.approverRoles.filter(r => r.kind === 'optional');
  const kept = new Set(keptApprovals.map(k => k.role.id));
  const mustAsk = new Map(
    seatsToAsk
      .filter(
        seat =>
          seat.required &&
          (seat.reason.kind === 'rejected' || seat.reason.kind === 'changed'),
      )
      .map(seat => [seat.role.id, seat.reason] as const),
  );
  /** Field names for people: the last title of each path, quoted, listed. */
  const fieldNames = useMemo(() => {
    const fieldList = new Intl.ListFormat(language === 'en' ? 'en' : 'nb', {
      type: 'conjunction',
    });
    return (paths: readonly string[]) =>
      fieldList.format(
        paths.map(path => {
          const titles = titleAtPath(props.schema, path);
          return language === 'en'
            ? `“${titles[titles.length - 1]}”`
            : `«${titles[titles.length - 1]}»`;
        }),
      );
  }, [props.schema, language]);
  const suggested = useMemo(
    () =>
      new Map(
        suggestOptionalSeats(props.document, form.approverRoles).map(s => [
          s.role.id,
          t('rejection.suggested', { fields: fieldNames(s.because) }),
        ]),
      ),
    [props.document, form.approverRoles, fieldNames, t],
  );

  const holders = useSeatHolders(
    [...fixed, ...seatsToAsk.map(s => s.role).filter(r => r.kind !== 'fixed')],
    props.document,
  );
  // The seats of this round nobody can be asked for: sending waits for them.
  const unresolved = seatsToAsk.filter(
    seat => holders.get(seat.role.id)?.problem,
  );

  const reasonText = (reason: SeatReason) => {
    switch (reason.kind) {
      case 'rejected':
        return t('submit.reasonRejected', { number: String(reason.round) });
      case 'changed':
        return t('reapproval.reasonChanged', {
          fields: fieldNames(reason.fields),
          number: String(reason.round),
        });
      case 'newHolder':
        return t('reapproval.reasonNewHolder', {
          number: String(reason.round),
        });
      case 'newOptional':
        return t('submit.reasonNew');
      case 'notAnswered':
        return t('submit.reasonNotAnswered');
      default:
        return '';
    }
  };

  const goToField = props.onGoToField;

  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const revision = await props.prepare();
      if (revision === undefined) {
        setBusy(false);
        return;
      }
      const round = await api.submit(handover.id, {
        revision,
        optionalRoles: ticked,
        message: message.trim() || undefined,
      });
      props.onSubmitted(round);
    } catch (e) {
      setError(e);
      props.onFieldErrors?.(problemsOf(e).fields);
    }
    setBusy(false);
  };

  const blockedId = 'overlevering-submit-blocked';
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="overlevering-submit-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="overlevering-submit-title">
        {t('submit.title')}
      </DialogTitle>
      <DialogContent>
        {error !== undefined && (
          <SubmitRefusal
            error={error}
            schema={props.schema}
            onGoToField={goToField}
          />
        )}
        {planned.error && <ResponseErrorPanel error={planned.error} />}
        {!planned.plan && !planned.error && (
          <>
            <Typography variant="body2">{t('reapproval.planning')}</Typography>
            <Progress />
          </>
        )}
        {/* The seats only once the plan is known, so none changes under the owner's eyes. */}
        {planned.plan && (
          <>
            {isResubmission && (
              <>
                <Typography variant="h6" component="h3">
                  {t('submit.resubmitTitle')}
                </Typography>
                <List dense aria-label={t('submit.resubmitTitle')}>
                  {seatsToAsk.map(seat => (
                    <ListItem key={seat.role.id}>
                      <ListItemText
                        primary={approverRoleTitle(seat.role, language)}
                        secondary={reasonText(seat.reason)}
                      />
                    </ListItem>
                  ))}
                </List>
                {keptApprovals.length > 0 && (
                  <Typography variant="body2" sx={{ mb: 2 }}>
                    {t('submit.keepsApproval', {
                      number: String(
                        Math.max(...keptApprovals.map(k => k.round)),
                      ),
                      roles: keptApprovals
                        .map(k => approverRoleTitle(k.role, language))
                        .join(', '),
                    })}
                  </Typography>
                )}
              </>
            )}
            <Typography variant="h6" component="h3">
              {t('submit.fixedSeats')}
            </Typography>
            <List dense aria-label={t('submit.fixedSeats')}>
              {fixed.map(role => (
                <ListItem key={role.id}>
                  <ListItemText
                    primary={approverRoleTitle(role, language)}
                    secondary={
                      <SeatHolderText
                        role={role}
                        holder={holders.get(role.id)}
                        schema={props.schema}
                        onGoToField={goToField}
                      />
                    }
                    secondaryTypographyProps={{ component: 'div' }}
                  />
                </ListItem>
              ))}
            </List>
            <OptionalSeats
              roles={optional}
              ticked={ticked}
              onTicked={setTicked}
              kept={kept}
              mustAsk={mustAsk}
              fieldNames={fieldNames}
              suggested={suggested}
              previousTicked={isResubmission && previousOptional.length > 0}
            />
            <TextField
              label={t('submit.message')}
              value={message}
              onChange={e => setMessage(e.target.value)}
              multiline
              minRows={3}
              fullWidth
              margin="normal"
            />
            {unresolved.length > 0 && (
              <Alert severity="warning" id={blockedId}>
                {t('rejection.sendBlocked')}
                <ul aria-label={t('rejection.sendBlocked')}>
                  {unresolved.map(seat => (
                    <li key={seat.role.id}>
                      <strong>{approverRoleTitle(seat.role, language)}</strong>:{' '}
                      <SeatHolderText
                        role={seat.role}
                        holder={holders.get(seat.role.id)}
                        schema={props.schema}
                        onGoToField={goToField}
                      />
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          onClick={send}
          disabled={busy || !planned.plan || unresolved.length > 0}
          aria-describedby={unresolved.length > 0 ? blockedId : undefined}
        >
          {busy ? t('submit.sending') : t('submit.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
