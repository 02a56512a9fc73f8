export {
  HandoverStatusChip,
  RoundStatusChip,
  SeatStatusChip,
} from './StatusChip';
