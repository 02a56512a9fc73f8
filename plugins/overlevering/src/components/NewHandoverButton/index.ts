export { NewHandoverButton } from './NewHandoverButton';
