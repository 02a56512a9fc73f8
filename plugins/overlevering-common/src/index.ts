/**
 * Types, permissions and signal channels shared by the Overlevering frontend
 * and backend plugins.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './permissions';
export * from './signals';
export * from './approverRoles';
export * from './rules';
export * from './pagePaths';
