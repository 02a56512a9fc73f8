export { SubmitDialog } from './SubmitDialog';
export { planSeats } from './seatPlan';
