import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import type { HandoverStatus } from '@hemit/plugin-overlevering-common';
import { useFormatters } from '../../hooks/useFormatters';
import { overleveringTranslationRef } from '../../translation';
import { HandoverStatusChip } from '../StatusChip';

/** What the search index holds of a handover besides title, text and location. */
interface HandoverResult extends SearchDocument {
  status?: HandoverStatus;
  serviceName?: string;
  ownerName?: string;
  updatedAt?: string;
}

/** @alpha */
export interface HandoverSearchResultListItemProps {
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** How many lines of the form's text to show; 3 when unset. */
  lineClamp?: number;
}

/**
 * A handover among search results: its title linking to it, its status, the
 * service and the delivery owner by name, when it last changed, and the words
 * of the form that matched.
 *
 * @alpha
 */
export function HandoverSearchResultListItem(
  props: HandoverSearchResultListItemProps,
) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const result = props.result as HandoverResult | undefined;
  if (!result) {
    return null;
  }
  const { highlight } = props;
  const lineClamp = props.lineClamp ?? 3;
  const highlighted = (field: 'title' | 'text', plain: string) =>
    highlight?.fields[field] ? (
      <HighlightedSearchResultText
        text={highlight.fields[field]}
        preTag={highlight.preTag}
        postTag={highlight.postTag}
      />
    ) : (
      plain
    );
  const facts = [
    result.serviceName && `${t('common.service')}: ${result.serviceName}`,
    result.ownerName && `${t('common.owner')}: ${result.ownerName}`,
    result.updatedAt &&
      `${t('common.lastChanged')}: ${dateTime(result.updatedAt)}`,
  ].filter(Boolean);

  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', py: 1 }}>
      {props.icon && <ListItemIcon sx={{ mt: 1 }}>{props.icon}</ListItemIcon>}
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <ListItemText
          sx={{ mb: 1 }}
          primaryTypographyProps={{ variant: 'h6', component: 'h3' }}
          primary={
            <Link noTrack to={result.location}>
              {highlighted('title', result.title || t('common.untitled'))}
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: lineClamp,
                overflow: 'hidden',
              }}
            >
              {highlighted('text', result.text)}
            </Typography>
          }
        />
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            gap: 1,
          }}
        >
          {result.status && <HandoverStatusChip status={result.status} />}
          {facts.map(fact => (
            <Typography key={fact} variant="body2" color="text.secondary">
              {fact}
            </Typography>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
