/** @public */
export type SectionId =
  | 'bestilling'
  | 'designfase'
  | 'etablering'
  | 'driftskostnader'
  | 'produksjonssetting';

/**
 * The data sections of the handover form, in form order. The approval step (Godkjenning) is
 * not data and is not a section of the document.
 *
 * @public
 */
export const SECTION_IDS: readonly SectionId[] = Object.freeze([
  'bestilling',
  'designfase',
  'etablering',
  'driftskostnader',
  'produksjonssetting',
] as const);
