export {
  EntityOverleveringCard,
  EntityOverleveringContent,
} from './EntityOverleveringContent';
export {
  isOverleveringAvailable,
  OVERLEVERING_ANNOTATION,
  prefillFromEntity,
} from './prefill';
export type { OverleveringAvailabilityOptions } from './prefill';
