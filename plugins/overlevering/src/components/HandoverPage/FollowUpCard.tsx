import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import { InfoCard } from '@backstage/core-components';
import {
  alertApiRef,
  identityApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import useAsync from 'react-use/esm/useAsync';
import {
  CONFIRMABLE_CRITERIA,
  FOLLOW_UP_ROLE,
  followUpEnded,
  handOverRefusal,
  type ApproverRole,
  type ConfirmableCriterionId,
  type Handover,
} from '@hemit/plugin-overlevering-common';
import { messageOf, overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useEntityNames, useFormatters } from '../../hooks';

/**
 * The follow-up after approval: until when it runs, its exit criteria, who
 * has confirmed, and for the owner and Hemithjelp the buttons to confirm,
 * hand over to operations ("Overlevert til drift") or extend with a reason.
 */
export function FollowUpCard(props: {
  handover: Handover;
  roles: ApproverRole[];
  user?: string;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const identityApi = useApi(identityApiRef);
  const { date, dateTime } = useFormatters();
  const { handover } = props;
  const followUp = handover.followUp!;
  const [ticked, setTicked] = useState<ConfirmableCriterionId[]>([]);
  const [extending, setExtending] = useState(false);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { names } = useEntityNames(
    [
      followUp.ownerConfirmedBy,
      followUp.hemithjelpConfirmedBy,
      followUp.handedOverBy,
      ...followUp.extensions.map(e => e.by),
    ].filter((ref): ref is string => Boolean(ref)),
  );
  const nameOf = (ref: string) => names?.get(ref) ?? ref.replace(/^.*\//, '');
  const { value: claims = [] } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).ownershipEntityRefs,
    [identityApi],
  );
  const hemithjelpGroup = props.roles.find(r => r.id === FOLLOW_UP_ROLE)?.group;
  const isHemithjelp = Boolean(
    hemithjelpGroup && claims.includes(hemithjelpGroup),
  );
  const isOwner = props.user === handover.owner;
  const open = followUp.phase === 'follow_up';
  const mayHandOver =
    handOverRefusal(followUp, followUp.criteria) === undefined;

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      setExtending(false);
      setTicked([]);
    } catch (e) {
      alertApi.post({ message: messageOf(e), severity: 'error' });
    }
    setBusy(false);
    props.onChanged();
  };

  return (
    <InfoCard title={t('followUp.title')}>
      <Stack spacing={1.5}>
        {open ? (
          <Alert
            severity={
              followUpEnded(followUp.endsOn, new Date()) ? 'warning' : 'info'
            }
          >
            {followUpEnded(followUp.endsOn, new Date())
              ? t('followUp.ended', { date: date(followUp.endsOn) })
              : t('followUp.inFollowUp', { date: date(followUp.endsOn) })}
          </Alert>
        ) : (
          <Alert severity="success">
            {t('followUp.handedOver', {
              name: nameOf(followUp.handedOverBy ?? ''),
              date: dateTime(followUp.handedOverAt),
            })}
          </Alert>
        )}
        <Box component="section" aria-label={t('followUp.criteria')}>
          <Typography variant="subtitle2">{t('followUp.criteria')}</Typography>
          <Stack
            component="ul"
            spacing={0.5}
            sx={{ listStyle: 'none', p: 0, m: 0 }}
          >
            {followUp.criteria.map(criterion => (
              <Stack
                key={criterion.id}
                component="li"
                direction="row"
                spacing={1}
                alignItems="center"
              >
                {criterion.met ? (
                  <CheckCircleOutline color="success" fontSize="small" />
                ) : (
                  <RadioButtonUnchecked color="disabled" fontSize="small" />
                )}
                <Typography variant="body2">
                  {t(`followUp.criterion.${criterion.id}`)} —{' '}
                  {criterion.met ? t('followUp.met') : t('followUp.notMet')}
                </Typography>
              </Stack>
            ))}
          </Stack>
        </Box>
        <Typography variant="body2">
          {followUp.ownerConfirmedBy
            ? t('followUp.ownerConfirmed', {
                name: nameOf(followUp.ownerConfirmedBy),
                date: dateTime(followUp.ownerConfirmedAt),
              })
            : t('followUp.ownerNotConfirmed')}
        </Typography>
        <Typography variant="body2">
          {followUp.hemithjelpConfirmedBy
            ? t('followUp.hemithjelpConfirmed', {
                name: nameOf(followUp.hemithjelpConfirmedBy),
                date: dateTime(followUp.hemithjelpConfirmedAt),
              })
            : t('followUp.hemithjelpNotConfirmed')}
        </Typography>
        {followUp.extensions.map(extension => (
          <Typography key={extension.at} variant="body2" color="text.secondary">
            {t('followUp.extension', {
              date: date(extension.until),
              name: nameOf(extension.by),
              reason: extension.reason,
            })}
          </Typography>
        ))}
        {open && (isOwner || isHemithjelp) && (
          <Stack spacing={1}>
            <Typography variant="body2">{t('followUp.confirmHelp')}</Typography>
            <Stack direction="row" flexWrap="wrap" useFlexGap>
              {CONFIRMABLE_CRITERIA.filter(
                id => !followUp.criteria.find(c => c.id === id)?.met,
              ).map(id => (
                <FormControlLabel
                  key={id}
                  label={t(`followUp.criterion.${id}`)}
                  control={
                    <Checkbox
                      size="small"
                      checked={ticked.includes(id)}
                      onChange={e =>
                        setTicked(all =>
                          e.target.checked
                            ? [...all, id]
                            : all.filter(x => x !== id),
                        )
                      }
                    />
                  }
                />
              ))}
            </Stack>
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
              <Button
                variant="outlined"
                disabled={busy}
                onClick={() =>
                  act(() => api.confirmFollowUp(handover.id, { met: ticked }))
                }
              >
                {t('followUp.confirm')}
              </Button>
              {isHemithjelp && (
                <>
                  <Button
                    variant="contained"
                    color="success"
                    disabled={busy || !mayHandOver}
                    onClick={() => act(() => api.handOver(handover.id, {}))}
                  >
                    {t('followUp.handOver')}
                  </Button>
                  <Button
                    disabled={busy || extending}
                    onClick={() => setExtending(true)}
                  >
                    {t('followUp.extend')}
                  </Button>
                </>
              )}
            </Stack>
            {extending && (
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                <TextField
                  label={t('followUp.until')}
                  type="date"
                  size="small"
                  value={until}
                  onChange={e => setUntil(e.target.value)}
                  InputLabelProps={{ shrink: true }}
                  required
                />
                <TextField
                  label={t('followUp.reason')}
                  size="small"
                  value={reason}
                  onChange={e => setReason(e.target.value)}
                  fullWidth
                  required
                />
                <Button
                  variant="contained"
                  disabled={busy || !until || !reason.trim()}
                  onClick={() =>
                    act(() =>
                      api.extendFollowUp(handover.id, {
                        until,
                        reason: reason.trim(),
                      }),
                    )
                  }
                >
                  {t('followUp.send')}
                </Button>
                <Button disabled={busy} onClick={() => setExtending(false)}>
                  {t('followUp.cancel')}
                </Button>
              </Stack>
            )}
          </Stack>
        )}
      </Stack>
    </InfoCard>
  );
}
