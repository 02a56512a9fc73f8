export * from './demoCatalog';
export { startOverleveringBackend } from './startOverleveringBackend';
export { SignalRelay, type PublishedSignal } from './SignalRelay';
export {
  startTestPortalBackend,
  type TestPortalBackend,
} from './startTestPortalBackend';
