import { FormExtension } from '../extension/types';
import { asCurrentVersion } from '../migration/asCurrentVersion';
import { SECTION_FIELDS } from '../schema/fields';
import { getValueAtPath } from '../schema/paths';
import { SECTION_IDS } from '../schema/sections';
import { SectionProgress } from '../types';
import { isFilled } from './isFilled';

/**
 * How many of each section's fields are filled in, in form order. Each field of a section
 * counts once: a list of rows when it has at least one row, a yes/no when it is answered.
 * Never throws; anything that is not a document counts as empty. The extra fields of an
 * `extension` (see `extendForm`) count with their sections.
 *
 * @public
 */
export function sectionProgress(
  input: unknown,
  options?: { extension?: FormExtension },
): SectionProgress[] {
  const doc = asCurrentVersion(input);
  const extra = options?.extension?.fields ?? [];
  return SECTION_IDS.map(id => {
    const fields = [
      ...SECTION_FIELDS[id],
      ...extra.filter(field => field.section === id),
    ];
    const filled = fields.filter(field =>
      isFilled(getValueAtPath(doc, field.path)),
    ).length;
    return { id, filled, total: fields.length };
  });
}
