/**
 * Escapes user text for Markdown so it shows as typed: no HTML (`<script>` stays text), no
 * emphasis, code, links or tables broken by `|`, and no heading, list or quote started at the
 * beginning of a line. Line breaks are kept as Markdown hard breaks.
 *
 * @public
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .split('\n')
    .map(line => line.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, '$1\\$2'))
    .join('  \n');
}

/**
 * Escapes user text for one table cell: as `escapeMarkdown`, and a line break becomes `<br>`,
 * since a table row must stay on one line.
 *
 * @public
 */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text).replace(/ {2}\n/g, '<br>');
}
