export {
  EntityOverleveringCard,
  EntityOverleveringContent,
} from './EntityOverleveringContent';
export { isOverleveringAvailable, prefillFromEntity } from './prefill';
