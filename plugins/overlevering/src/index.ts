/**
 * The Overlevering til produksjon frontend plugin: the handover form, "Mine
 * overleveringer", the approvals tab and the service-page tab.
 *
 * @packageDocumentation
 */
export {
  overleveringPlugin,
  OverleveringPage,
  EntityOverleveringContent,
  EntityOverleveringCard,
  EntityOperationsInfoCard,
} from './plugin';
export {
  isOverleveringAvailable,
  OVERLEVERING_ANNOTATION,
} from './components/EntityOverlevering';
export type { OverleveringAvailabilityOptions } from './components/EntityOverlevering';
export { ApprovalsSidebarItem } from './components/ApprovalsSidebarItem';
export { NewHandoverButton } from './components/NewHandoverButton';
export { useWaitingApprovals } from './hooks/useWaitingApprovals';
export {
  overleveringApiRef,
  OverleveringClient,
  fieldErrorsOf,
  problemsOf,
  isConflict,
  isForbidden,
} from './api';
export type { OverleveringApi, FieldError } from './api';
export { forgetUnsavedEdits } from './hooks/draftVaultOf';
