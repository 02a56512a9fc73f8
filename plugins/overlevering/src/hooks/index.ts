export { useLiveRefresh, POLL_INTERVAL_MS } from './useLiveRefresh';
export { useFormatters, useLanguage } from './useFormatters';
export { useCurrentUser } from './useCurrentUser';
export { useEntityNames } from './useEntityNames';
export { useWaitingApprovals } from './useWaitingApprovals';
