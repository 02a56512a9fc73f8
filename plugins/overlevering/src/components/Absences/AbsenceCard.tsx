import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { type Absence, osloDate } from '@hemit/plugin-overlevering-common';
import { messageOf, overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import { CatalogRefWidget } from '../HandoverForm/CatalogRefWidget';

const USER_KINDS = ['User'];

/** One absence: whose or whose deputy, when, and whether it lasts now. */
function AbsenceLine(props: {
  absence: Absence;
  /** The person the line names: the deputy of mine, the person I stand in for. */
  person: 'deputy' | 'person';
  onEnd?: () => void;
  ending?: boolean;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { date } = useFormatters();
  const { absence } = props;
  return (
    <Stack
      component="li"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      alignItems={{ sm: 'center' }}
      justifyContent="space-between"
    >
      <Typography variant="body2">
        {props.person === 'deputy' && t('absences.deputyIs')}
        <EntityRefLink entityRef={absence[props.person]} />
        {' · '}
        {t('absences.period', {
          from: date(absence.from),
          to: date(absence.to),
        })}
        {' · '}
        {absence.active ? t('absences.active') : t('absences.upcoming')}
      </Typography>
      {props.onEnd && (
        <Button
          size="small"
          variant="outlined"
          onClick={props.onEnd}
          disabled={props.ending}
        >
          {t('absences.endNow')}
        </Button>
      )}
    </Stack>
  );
}

/**
 * "Fravær og stedfortreder": the signed-in person registers when they are
 * away and who decides their person seats meanwhile, sees and ends their
 * absences, and sees whom they stand in for.
 */
export function AbsenceCard(props: { onChange?: () => void }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const absences = useAsyncRetry(() => api.listMyAbsences(), [api]);
  const today = osloDate(new Date());
  const [deputy, setDeputy] = useState<string | undefined>();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<
    { severity: 'success' | 'error'; text: string } | undefined
  >();

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
      setMessage({ severity: 'success', text: done });
      absences.retry();
      props.onChange?.();
      return true;
    } catch (error) {
      setMessage({ severity: 'error', text: messageOf(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function register() {
    if (!deputy || !from || !to) {
      setMessage({ severity: 'error', text: t('absences.incomplete') });
      return;
    }
    const ok = await run(
      () => api.createAbsence({ deputy, from, to }),
      t('absences.registered'),
    );
    if (ok) {
      setDeputy(undefined);
      setTo('');
    }
  }

  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby="absences-title"
      sx={{ mt: 3 }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" id="absences-title">
          {t('absences.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('absences.intro')}
        </Typography>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          alignItems={{ md: 'center' }}
        >
          <Box sx={{ minWidth: 260, flex: 1 }}>
            <CatalogRefWidget
              id="absence-deputy"
              kinds={USER_KINDS}
              label={t('absences.deputy')}
              value={deputy}
              required
              disabled={busy}
              readonly={false}
              onChange={value => setDeputy(value || undefined)}
              onBlur={() => {}}
            />
          </Box>
          <TextField
            type="date"
            label={t('absences.from')}
            value={from}
            onChange={e => setFrom(e.target.value)}
            inputProps={{ min: today }}
            InputLabelProps={{ shrink: true }}
            required
            disabled={busy}
          />
          <TextField
            type="date"
            label={t('absences.to')}
            value={to}
            onChange={e => setTo(e.target.value)}
            inputProps={{ min: from || today }}
            InputLabelProps={{ shrink: true }}
            required
            disabled={busy}
          />
          <Button variant="contained" onClick={register} disabled={busy}>
            {t('absences.register')}
          </Button>
        </Stack>
        {message && (
          <Alert
            severity={message.severity}
            role={message.severity === 'error' ? 'alert' : 'status'}
            sx={{ mt: 2 }}
          >
            {message.text}
          </Alert>
        )}
        {absences.error && <ResponseErrorPanel error={absences.error} />}
        {absences.loading && !absences.value && <Progress />}
        {absences.value && (
          <Stack spacing={2} sx={{ mt: 2 }}>
            <Box>
              <Typography variant="subtitle1" component="h3">
                {t('absences.mine')}
              </Typography>
              {absences.value.mine.length === 0 ? (
                <Typography variant="body2">
                  {t('absences.noneMine')}
                </Typography>
              ) : (
                <Stack
                  component="ul"
                  spacing={1}
                  sx={{ listStyle: 'none', m: 0, p: 0 }}
                >
                  {absences.value.mine.map(absence => (
                    <AbsenceLine
                      key={absence.id}
                      absence={absence}
                      person="deputy"
                      ending={busy}
                      onEnd={() =>
                        run(
                          () => api.endAbsence(absence.id),
                          t('absences.ended'),
                        )
                      }
                    />
                  ))}
                </Stack>
              )}
            </Box>
            <Box>
              <Typography variant="subtitle1" component="h3">
                {t('absences.deputyFor')}
              </Typography>
              {absences.value.deputyFor.length === 0 ? (
                <Typography variant="body2">
                  {t('absences.noneDeputyFor')}
                </Typography>
              ) : (
                <Stack
                  component="ul"
                  spacing={1}
                  sx={{ listStyle: 'none', m: 0, p: 0 }}
                >
                  {absences.value.deputyFor.map(absence => (
                    <AbsenceLine
                      key={absence.id}
                      absence={absence}
                      person="person"
                    />
                  ))}
                </Stack>
              )}
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
