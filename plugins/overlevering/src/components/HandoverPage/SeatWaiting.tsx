import Typography from '@mui/material/Typography';
import type { SeatWaitingLines } from './useSeatReminders';

/** How long a seat has waited, and when it is reminded and escalated next. */
export function SeatWaiting(props: { lines?: SeatWaitingLines }) {
  const { lines } = props;
  if (!lines) return null;
  return (
    <Typography
      variant="caption"
      component="div"
      color="text.secondary"
      sx={{ whiteSpace: 'normal', mt: 0.5 }}
    >
      <div>{lines.waited}</div>
      {lines.nextReminder && <div>{lines.nextReminder}</div>}
      {lines.escalation && <div>{lines.escalation}</div>}
    </Typography>
  );
}
