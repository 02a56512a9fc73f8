import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  canCloseCondition,
  isConditionOverdue,
  type ApproverRole,
  type Condition,
} from '@hemit/plugin-overlevering-common';
import { messageOf, overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useEntityNames, useFormatters, useLanguage } from '../../hooks';
import { roleTitle } from './RoundCard';

/**
 * The conditions of the approvals "med forbehold": the open ones first, each
 * with who follows it up and by when, and a way to close it for whoever may
 * (the person who follows it up, or the approver who set it).
 */
export function ConditionsCard(props: {
  handoverId: string;
  conditions: Condition[];
  roles: ApproverRole[];
  user?: string;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { names } = useEntityNames(
    props.conditions.flatMap(c => [
      c.followUp,
      c.setBy,
      ...(c.closedBy ? [c.closedBy] : []),
    ]),
  );
  // A person the catalog does not know by the last part of the ref.
  const nameOf = (ref: string) => names?.get(ref) ?? ref.replace(/^.*\//, '');
  const shown = [...props.conditions].sort(
    (a, b) => Number(a.status === 'closed') - Number(b.status === 'closed'),
  );
  return (
    <InfoCard title={t('conditions.title')}>
      <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {shown.map(condition => (
          <ConditionItem
            key={condition.id}
            handoverId={props.handoverId}
            condition={condition}
            roles={props.roles}
            user={props.user}
            nameOf={nameOf}
            onChanged={props.onChanged}
          />
        ))}
      </Stack>
    </InfoCard>
  );
}

function ConditionItem(props: {
  handoverId: string;
  condition: Condition;
  roles: ApproverRole[];
  user?: string;
  nameOf: (ref: string) => string;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const { date, dateTime } = useFormatters();
  const language = useLanguage();
  const { condition, nameOf } = props;
  const [closing, setClosing] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const overdue = isConditionOverdue(condition, new Date());

  const close = async () => {
    setBusy(true);
    try {
      await api.closeCondition(props.handoverId, condition.id, {
        comment: comment.trim(),
      });
      setClosing(false);
    } catch (e) {
      alertApi.post({ message: messageOf(e), severity: 'error' });
    }
    setBusy(false);
    props.onChanged();
  };

  return (
    <Box component="li" aria-label={condition.text}>
      <Stack
        direction="row"
        spacing={1}
        alignItems="center"
        flexWrap="wrap"
        useFlexGap
      >
        <Typography variant="body1" sx={{ fontWeight: 'bold' }}>
          {condition.text}
        </Typography>
        <Chip
          size="small"
          color={condition.status === 'closed' ? 'success' : 'warning'}
          label={
            condition.status === 'closed'
              ? t('conditions.closed')
              : t('conditions.open')
          }
        />
        {overdue && (
          <Chip size="small" color="error" label={t('conditions.overdue')} />
        )}
      </Stack>
      <Typography variant="body2">
        {t('conditions.followedUpBy', {
          name: nameOf(condition.followUp),
          date: date(condition.due),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('conditions.setBy', {
          name: nameOf(condition.setBy),
          role: roleTitle(props.roles, condition.role, language),
          round: t('common.round', { number: String(condition.round) }),
        })}
      </Typography>
      {condition.status === 'closed' && condition.closedBy && (
        <Typography variant="body2">
          {t('conditions.closedBy', {
            name: nameOf(condition.closedBy),
            date: dateTime(condition.closedAt),
          })}
          {condition.closingComment ? `: ${condition.closingComment}` : ''}
        </Typography>
      )}
      {canCloseCondition(condition, props.user) && !closing && (
        <Button size="small" onClick={() => setClosing(true)} sx={{ mt: 0.5 }}>
          {t('conditions.close')}
        </Button>
      )}
      {closing && (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ mt: 1 }}
        >
          <TextField
            label={t('conditions.closingComment')}
            value={comment}
            onChange={e => setComment(e.target.value)}
            size="small"
            fullWidth
            multiline
            maxRows={4}
            required
          />
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button
              variant="contained"
              disabled={busy || comment.trim() === ''}
              onClick={close}
            >
              {t('conditions.closeConfirm')}
            </Button>
            <Button disabled={busy} onClick={() => setClosing(false)}>
              {t('conditions.cancel')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Box>
  );
}
