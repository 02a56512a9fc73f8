/**
 * The scaffolder action `overlevering:create`: a software template opens the
 * new service's handover (Overlevering til produksjon) for the person who
 * ran it.
 *
 * @packageDocumentation
 */
export { scaffolderModuleOverlevering as default } from './module';
export {
  createOverleveringCreateAction,
  OVERLEVERING_CREATE_ACTION_ID,
} from './actions/createHandover';
