export { HandoverTable, RoundTallyText } from './HandoverTable';
