import { useMemo, useState } from 'react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  historyStory,
  type ApproverRole,
  type EditingSitting,
  type HandoverEvent,
  type HistoryEntry,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import { oneLine } from '../HandoverTable';
import { roleTitle } from './RoundCard';
import { ImportedFromList } from './ImportedFromList';
import { OnBehalfOfMark } from './OnBehalfOfMark';

/** What the history shows: everything, or one kind of entry. */
type HistoryFilter = 'all' | 'approval' | 'edit';

const FILTERS = {
  all: 'history.all',
  approval: 'history.approvals',
  edit: 'history.edits',
} as const;

/** When a sitting of editing was: one time, or from–to. */
function useTimeSpan() {
  const { dateTime, locale } = useFormatters();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return (from: string, to: string) => {
      if (dateTime(from) === dateTime(to)) return dateTime(to);
      const [start, end] = [new Date(from), new Date(to)];
      if (day.format(start) === day.format(end)) {
        return `${dateTime(from)}–${time.format(end)}`;
      }
      return `${dateTime(from)} – ${dateTime(to)}`;
    };
  }, [dateTime, locale]);
}

/**
 * The handover's history, newest first: each sitting of editing as one
 * "Redigert" entry with the sections touched and its time span; sending,
 * decisions and rounds each as their own entry. A filter shows all, the
 * decisions and rounds, or the edits.
 */
export function HistoryTimeline(props: {
  events: HandoverEvent[];
  roles: ApproverRole[];
  /** The sections of the form in their order, with their titles. */
  sections?: { id: string; title: string }[];
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const timeSpan = useTimeSpan();
  const language = useLanguage();
  const [filter, setFilter] = useState<HistoryFilter>('all');
  const story = useMemo(() => historyStory(props.events), [props.events]);
  const shown = story.filter(
    entry => filter === 'all' || entry.kind === filter,
  );

  const sectionNames = (sitting: EditingSitting) => {
    const sections = props.sections ?? [];
    const place = (id: string) => {
      const index = sections.findIndex(s => s.id === id);
      return index === -1 ? sections.length : index;
    };
    return [...sitting.sections]
      .sort((a, b) => place(a) - place(b))
      .map(id => sections.find(s => s.id === id)?.title ?? id)
      .join(', ');
  };

  const eventDetail = (event: HandoverEvent) => {
    const data = event.data as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof data.round === 'number') {
      parts.push(t('common.round', { number: String(data.round) }));
    }
    if (typeof data.role === 'string')
      parts.push(roleTitle(props.roles, data.role, language));
    if (data.decision === 'approve') parts.push(t('seatStatus.approved'));
    if (data.decision === 'reject') parts.push(t('seatStatus.rejected'));
    // A condition says what must be done, and its closing how it was met.
    if (event.type === 'condition_set' && typeof data.text === 'string')
      parts.push(data.text);
    if (event.type === 'condition_closed' && typeof data.comment === 'string')
      parts.push(data.comment);
    if (typeof data.status === 'string' && event.type === 'round_closed') {
      parts.push(t(`roundStatus.${data.status as 'approved' | 'rejected'}`));
    }
    return parts.join(' · ');
  };

  const describe = (entry: HistoryEntry) => {
    if (entry.kind === 'edit') {
      return {
        key: entry.id,
        what: t('history.edited'),
        detail: sectionNames(entry),
        when: timeSpan(entry.from, entry.to),
        who: entry.actor,
      };
    }
    const { event } = entry;
    return {
      key: event.id,
      what: t(`handover.event.${event.type}`),
      detail:
        event.type === 'imported' ? (
          <ImportedFromList data={event.data as Record<string, unknown>} />
        ) : (
          eventDetail(event)
        ),
      when: dateTime(event.at),
      who: event.actor,
      // A deputy's decision names the absent person it was made for.
      onBehalfOf: (event.data as { onBehalfOf?: unknown }).onBehalfOf,
    };
  };

  return (
    <Stack spacing={1}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={filter}
        onChange={(_, value: HistoryFilter | null) => value && setFilter(value)}
        aria-label={t('history.filter')}
        sx={{ flexWrap: 'wrap' }}
      >
        {(Object.keys(FILTERS) as HistoryFilter[]).map(value => (
          <ToggleButton key={value} value={value}>
            {t(FILTERS[value])}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {shown.length === 0 && (
        <Typography variant="body2">{t('history.empty')}</Typography>
      )}
      <List dense component="ol" aria-label={t('handover.history')}>
        {shown.map(entry => {
          const described = describe(entry);
          const { key, what, detail, when, who } = described;
          const onBehalfOf =
            'onBehalfOf' in described &&
            typeof described.onBehalfOf === 'string'
              ? described.onBehalfOf
              : undefined;
          return (
            <ListItem key={key} component="li" divider>
              <ListItemText
                primary={
                  <>
                    <strong>{what}</strong>
                    {detail && <> — {detail}</>}
                  </>
                }
                secondary={
                  <>
                    <Typography component="span" variant="inherit" sx={oneLine}>
                      {when}
                    </Typography>{' '}
                    · <EntityRefLink entityRef={who} />
                    <OnBehalfOfMark seat={{ onBehalfOf }} />
                  </>
                }
              />
            </ListItem>
          );
        })}
      </List>
    </Stack>
  );
}
