import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  ApproverRole,
  HandoverEvent,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import { roleTitle } from './RoundCard';

/** Every change of the handover, oldest first, with who and when. */
export function HistoryTimeline(props: {
  events: HandoverEvent[];
  roles: ApproverRole[];
  /** The title of a section id, for the sections a save changed. */
  sectionTitle?: (id: string) => string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const language = useLanguage();

  const detail = (event: HandoverEvent) => {
    const data = event.data as Record<string, unknown>;
    const parts: string[] = [];
    if (typeof data.round === 'number') {
      parts.push(t('common.round', { number: String(data.round) }));
    }
    if (typeof data.role === 'string')
      parts.push(roleTitle(props.roles, data.role, language));
    if (data.decision === 'approve') parts.push(t('seatStatus.approved'));
    if (data.decision === 'reject') parts.push(t('seatStatus.rejected'));
    if (typeof data.status === 'string' && event.type === 'round_closed') {
      parts.push(t(`roundStatus.${data.status as 'approved' | 'rejected'}`));
    }
    if (Array.isArray(data.sections)) {
      const title = props.sectionTitle ?? ((id: string) => id);
      parts.push(data.sections.map(id => title(String(id))).join(', '));
    }
    return parts.join(' · ');
  };

  return (
    <List dense component="ol" aria-label={t('handover.history')}>
      {props.events.map(event => (
        <ListItem key={event.id} component="li" divider>
          <ListItemText
            primary={
              <>
                <strong>{t(`handover.event.${event.type}`)}</strong>
                {detail(event) && ` — ${detail(event)}`}
              </>
            }
            secondary={
              <>
                {dateTime(event.at)} · <EntityRefLink entityRef={event.actor} />
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
