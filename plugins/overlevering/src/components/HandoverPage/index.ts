export { HandoverPage } from './HandoverPage';
export { ChangesSince } from './ChangesSince';
export { RoundCard, roleTitle, sectionTitles } from './RoundCard';
