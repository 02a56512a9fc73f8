/**
 * Handovers of Overlevering til produksjon in Backstage search: a collator
 * that indexes each handover, with results shown only to whom the
 * permission policy lets read that handover.
 *
 * @packageDocumentation
 */
export { searchModuleOverleveringCollator as default } from './module';
export {
  HandoverCollatorFactory,
  HANDOVER_SEARCH_TYPE,
} from './collator/HandoverCollatorFactory';
export type { HandoverIndexableDocument } from './collator/HandoverCollatorFactory';
