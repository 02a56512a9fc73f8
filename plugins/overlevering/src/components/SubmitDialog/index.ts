export { SubmitDialog } from './SubmitDialog';
