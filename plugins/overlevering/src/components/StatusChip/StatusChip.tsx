import { cloneElement } from 'react';
import Chip from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import HighlightOff from '@mui/icons-material/HighlightOff';
import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import EditNote from '@mui/icons-material/EditNote';
import Undo from '@mui/icons-material/Undo';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  FollowUpPhase,
  SeatStatus,
  HandoverStatus,
  RoundStatus,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';

type Tone = 'default' | 'success' | 'error' | 'warning' | 'info';

// Each state has its own icon and text as well as a colour, so it reads
// without colour too.
const look: Record<string, { tone: Tone; icon: JSX.Element }> = {
  draft: { tone: 'default', icon: <EditNote /> },
  in_review: { tone: 'info', icon: <HourglassEmpty /> },
  open: { tone: 'info', icon: <HourglassEmpty /> },
  pending: { tone: 'warning', icon: <HourglassEmpty /> },
  rejected: { tone: 'error', icon: <HighlightOff /> },
  approved: { tone: 'success', icon: <CheckCircleOutline /> },
  withdrawn: { tone: 'default', icon: <Undo /> },
  discarded: { tone: 'default', icon: <DeleteOutline /> },
};

function StateChip(props: { state: string; label: string }) {
  const { tone, icon } = look[props.state] ?? look.draft;
  // The text keeps the page's text colour, which reads on any background; the
  // icon and the border carry the state's colour, in the shade that stands
  // out from the background (the palette's main shades are too light for
  // small text on white).
  const accent = (theme: Theme) =>
    tone === 'default'
      ? theme.palette.text.secondary
      : theme.palette[tone][theme.palette.mode === 'dark' ? 'light' : 'dark'];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={cloneElement(icon, {
        color: 'inherit',
        sx: { color: accent },
      })}
      label={props.label}
      sx={{ borderColor: accent, color: 'text.primary' }}
      data-state={props.state}
    />
  );
}

/**
 * The status of a handover; an approved one with a follow-up says whether
 * it is in follow-up or handed over to operations.
 */
export function HandoverStatusChip(props: {
  status: HandoverStatus;
  phase?: FollowUpPhase;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const label =
    props.status === 'approved' && props.phase
      ? t(`phase.${props.phase}`)
      : t(`status.${props.status}`);
  return <StateChip state={props.status} label={label} />;
}

/** The status of an approval round. */
export function RoundStatusChip(props: { status: RoundStatus }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <StateChip state={props.status} label={t(`roundStatus.${props.status}`)} />
  );
}

/** The state of one approver seat. */
export function SeatStatusChip(props: { status: SeatStatus }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <StateChip state={props.status} label={t(`seatStatus.${props.status}`)} />
  );
}
