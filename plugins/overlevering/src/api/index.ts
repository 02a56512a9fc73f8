export { overleveringApiRef } from './OverleveringApi';
export type { OverleveringApi } from './OverleveringApi';
export { OverleveringClient } from './OverleveringClient';
export {
  fieldErrorsOf,
  isConflict,
  isForbidden,
  messageOf,
  problemsOf,
  retryAfterOf,
} from './errors';
export type { FieldError } from './errors';
