/** The path of the "Overlevering" tab on a service's page. */
export const ENTITY_TAB_PATH = 'overlevering';
