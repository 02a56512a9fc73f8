import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import MuiLink from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  approverRoleTitle,
  planNextRound,
  type ApproverRole,
  type FormResponse,
  type Handover,
  type Round,
  type SeatReason,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, problemsOf, type FieldError } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useLanguage } from '../../hooks';
import { titleAtPath, valueAtPath, type JsonRecord } from '../../lib/document';

/** Who holds a seat: its group, or the person named in the form. */
function SeatHolder(props: { role: ApproverRole; document: JsonRecord }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { role } = props;
  if (role.group) {
    return <EntityRefLink entityRef={role.group} />;
  }
  const ref = role.field ? valueAtPath(props.document, role.field) : undefined;
  if (typeof ref === 'string' && ref) {
    return <EntityRefLink entityRef={ref} />;
  }
  return <>{t('submit.notFilled', { field: role.field ?? role.id })}</>;
}

/**
 * The Godkjenning step: shows who will be asked and why, lets the owner tick
 * the optional seats (pre-ticked with the previous round's choice, which the
 * old tool forgot), write a message and send the round.
 */
export function SubmitDialog(props: {
  open: boolean;
  onClose: () => void;
  handover: Handover;
  form: FormResponse;
  /** The schema in the user's language, for field names in errors. */
  schema: JsonRecord;
  document: JsonRecord;
  /** Saves pending edits first; resolves to the revision to submit. */
  prepare: () => Promise<number | undefined>;
  onSubmitted: (round: Round) => void;
  /** Told which fields a refused submit named, to mark them in the form. */
  onFieldErrors?: (errors: FieldError[]) => void;
  /** Takes the user to a field the backend named. */
  onGoToField?: (path: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const language = useLanguage();
  const { handover, form } = props;
  const [ticked, setTicked] = useState<string[]>(
    () =>
      planNextRound({
        roles: form.approverRoles,
        rounds: handover.rounds,
        optionalRoles: [],
      }).previousOptional,
  );
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  // The plan the server will follow for exactly these ticks.
  const plan = planNextRound({
    roles: form.approverRoles,
    rounds: handover.rounds,
    optionalRoles: ticked,
  });
  const isResubmission = handover.rounds.length > 0;
  const fixed = form.approverRoles.filter(r => r.kind === 'fixed');
  const optional = form.approverRoles.filter(r => r.kind === 'optional');
  const keptIds = new Set(plan.kept.map(k => k.role.id));
  const mustAsk = new Map(
    plan.seats
      .filter(seat => seat.required && seat.reason.kind === 'rejected')
      .map(seat => [seat.role.id, seat.reason] as const),
  );

  const reasonText = (reason: SeatReason) => {
    switch (reason.kind) {
      case 'rejected':
        return t('submit.reasonRejected', { number: String(reason.round) });
      case 'newOptional':
        return t('submit.reasonNew');
      case 'notAnswered':
        return t('submit.reasonNotAnswered');
      default:
        return '';
    }
  };

  const send = async () => {
    setBusy(true);
    setError(undefined);
    setFieldErrors([]);
    setOtherProblems([]);
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
      const problems = problemsOf(e);
      setError(e as Error);
      setFieldErrors(problems.fields);
      setOtherProblems(problems.other);
      props.onFieldErrors?.(problems.fields);
    }
    setBusy(false);
  };

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
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {fieldErrors.length > 0 ? (
              <>
                {t('submit.errors')}
                <ul aria-label={t('submit.errors')}>
                  {fieldErrors.map(e => (
                    <li key={e.path}>
                      {props.onGoToField ? (
                        <MuiLink
                          component="button"
                          type="button"
                          sx={{ fontWeight: 'bold', verticalAlign: 'baseline' }}
                          onClick={() => props.onGoToField?.(e.path)}
                        >
                          {titleAtPath(props.schema, e.path).join(' › ')}
                        </MuiLink>
                      ) : (
                        <strong>
                          {titleAtPath(props.schema, e.path).join(' › ')}
                        </strong>
                      )}
                      : {e.message}
                    </li>
                  ))}
                  {otherProblems.map(problem => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            ) : (
              error.message
            )}
          </Alert>
        )}
        {isResubmission && (
          <>
            <Typography variant="h6" component="h3">
              {t('submit.resubmitTitle')}
            </Typography>
            <List dense aria-label={t('submit.resubmitTitle')}>
              {plan.seats.map(seat => (
                <ListItem key={seat.role.id}>
                  <ListItemText
                    primary={approverRoleTitle(seat.role, language)}
                    secondary={reasonText(seat.reason)}
                  />
                </ListItem>
              ))}
            </List>
            {plan.kept.length > 0 && (
              <Typography variant="body2" sx={{ mb: 2 }}>
                {t('submit.keepsApproval', {
                  number: String(Math.max(...plan.kept.map(k => k.round))),
                  roles: plan.kept
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
                secondary={<SeatHolder role={role} document={props.document} />}
                secondaryTypographyProps={{ component: 'div' }}
              />
            </ListItem>
          ))}
        </List>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Typography variant="h6" component="legend">
            {t('submit.optionalSeats')}
          </Typography>
          <FormHelperText>{t('submit.optionalHelp')}</FormHelperText>
          <FormGroup>
            {optional.map(role => {
              const rejected = mustAsk.get(role.id);
              const locked = keptIds.has(role.id) || rejected !== undefined;
              const helpId = `overlevering-seat-${role.id}-help`;
              return (
                <div key={role.id}>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={
                          ticked.includes(role.id) ||
                          keptIds.has(role.id) ||
                          rejected !== undefined
                        }
                        disabled={locked}
                        inputProps={
                          rejected ? { 'aria-describedby': helpId } : {}
                        }
                        onChange={e =>
                          setTicked(
                            e.target.checked
                              ? [...ticked, role.id]
                              : ticked.filter(id => id !== role.id),
                          )
                        }
                      />
                    }
                    label={approverRoleTitle(role, language)}
                  />
                  {rejected?.kind === 'rejected' && (
                    <FormHelperText id={helpId} sx={{ mt: -1, ml: 4 }}>
                      {t('submit.mustAskAgain', {
                        number: String(rejected.round),
                      })}
                    </FormHelperText>
                  )}
                </div>
              );
            })}
          </FormGroup>
        </fieldset>
        <TextField
          label={t('submit.message')}
          value={message}
          onChange={e => setMessage(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          margin="normal"
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={send} disabled={busy}>
          {busy ? t('submit.sending') : t('submit.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
