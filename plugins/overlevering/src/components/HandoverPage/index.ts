export { HandoverPage } from './HandoverPage';
export { ChangesSince } from './ChangesSince';
export { RoundCard, roleTitle } from './RoundCard';
