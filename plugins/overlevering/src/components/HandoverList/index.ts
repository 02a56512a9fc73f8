export { HandoverList } from './HandoverList';
