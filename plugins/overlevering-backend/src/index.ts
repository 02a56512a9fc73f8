/**
 * The backend of Overlevering til produksjon: handovers to production and
 * their approval rounds on the Backstage database.
 *
 * @packageDocumentation
 */
export { overleveringPlugin as default } from './plugin';
export {
  handoverConditions,
  createHandoverConditionalDecision,
  handoverPermissionRules,
  isHandoverOwner,
  isHandoverSeatHolder,
  handoverPermissionResourceRef,
} from './permissions/rules';
export type { ClaimsParams, HandoverResource } from './permissions/rules';
export type { HandoverFilter } from './database/HandoverStore';
