/**
 * The OpenAPI document of the Overlevering backend and the wire types derived
 * from it, with the permissions, signal channels and rules shared by the
 * Overlevering frontend and backend plugins.
 *
 * @packageDocumentation
 */
export * from './types';
export { spec } from './schema/openapi.generated';
export * from './permissions';
export * from './signals';
export * from './approverRoles';
export * from './rules';
export * from './pagePaths';
export * from './entityName';
