export { HandoverTable, RoundTallyText } from './HandoverTable';
export { ReadableTable } from './ReadableTable';
export { freeText, oneLine, usePhoneLayout } from './layout';
