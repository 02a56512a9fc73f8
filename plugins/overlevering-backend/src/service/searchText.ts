import {
  FIELDS,
  type FormExtension,
  getValueAtPath,
  isFilled,
  type Locale,
  migrateDocument,
  toMarkdown,
} from '@hemit/overlevering-form-schema';

/**
 * The answered parts of a document as plain text for a search index, section
 * by section, `label: value`, with people, groups and services by name.
 * Unanswered questions are left out, so a search for "Nei" or "Ikke utfylt"
 * does not find every draft. Written through the Markdown export, so the
 * index reads the same words as the export, then stripped of its markup.
 *
 * @internal
 */
export function searchText(
  document: unknown,
  options: {
    locale: Locale;
    entityName: (ref: string) => string | undefined;
    /** The platform team's extra fields, found like the form's own. */
    extension?: FormExtension;
  },
): string {
  const current = migrateDocument(document);
  const answered = [...FIELDS, ...(options.extension?.fields ?? [])]
    .filter(field => isFilled(getValueAtPath(current, field.path)))
    .map(field => field.path);
  if (answered.length === 0) {
    return '';
  }
  const markdown = toMarkdown(current, { ...options, parts: answered });
  return markdown
    .split('\n')
    .filter(line => !/^\|(\s*-+:?\s*\|)+$/.test(line))
    .map(plainLine)
    .filter(line => line.length > 0)
    .join('\n');
}

/** One line of the export without its markup, user text as typed. */
function plainLine(line: string): string {
  return (
    line
      .replace(/^#+\s+/, '')
      .replace(/^-\s+/, '')
      // Markup is never escaped; what the user typed always is.
      .replace(/(?<!\\)\*\*/g, '')
      .replace(/(?<!\\)\|/g, ' ')
      .replace(/<br>/g, ' ')
      .replace(/\\(.)/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
