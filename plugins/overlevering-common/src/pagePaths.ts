/**
 * The paths of the plugin's pages below where an app mounts the plugin. The
 * frontend's routes are declared with these patterns and the backend's
 * notifications link to them, so a link always lands on a page that exists.
 *
 * @public
 */
export const OVERLEVERING_PAGE_PATHS = {
  handover: '/h/:id',
  handoverForm: '/h/:id/skjema',
  approvals: '/godkjenninger',
  decision: '/godkjenninger/:id/:round/:role',
  import: '/import',
} as const;

/**
 * The path of a page below the mount point, with its parameters filled in.
 *
 * @public
 */
export function overleveringPagePath(
  page: keyof typeof OVERLEVERING_PAGE_PATHS,
  params: Record<string, string | number> = {},
): string {
  return OVERLEVERING_PAGE_PATHS[page].replace(/:(\w+)/g, (_, name) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`overleveringPagePath: '${page}' needs '${name}'`);
    }
    return encodeURIComponent(String(value));
  });
}
