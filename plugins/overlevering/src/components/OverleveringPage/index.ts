export { OverleveringPage } from './OverleveringPage';
