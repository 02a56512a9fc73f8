import Chip from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { NotificationSeverity } from '@backstage/plugin-notifications-common';
import { notificationsPageTranslationRef } from './translation';

const look = {
  critical: { tone: 'error', icon: ErrorOutline },
  high: { tone: 'warning', icon: ReportProblemOutlined },
  low: { tone: 'default', icon: ArrowDownward },
} as const;

/**
 * The severity of a notification that is not "normal", in words and with an
 * icon. The text keeps the page's text colour, which reads on any
 * background; the icon and border carry the severity's colour in the shade
 * that stands out from the background.
 */
export function SeverityChip(props: { severity: NotificationSeverity }) {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  if (props.severity === 'normal') return null;
  const { tone, icon: Icon } = look[props.severity];
  const accent = (theme: Theme) =>
    tone === 'default'
      ? theme.palette.text.secondary
      : theme.palette[tone][theme.palette.mode === 'dark' ? 'light' : 'dark'];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<Icon color="inherit" sx={{ color: accent }} />}
      label={t(`list.severity.${props.severity}`)}
      sx={{ borderColor: accent, color: 'text.primary' }}
      data-severity={props.severity}
    />
  );
}
