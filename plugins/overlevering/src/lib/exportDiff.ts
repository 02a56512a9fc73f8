/** One field whose value differs between two exports. */
export interface FieldChange {
  section: string;
  field: string;
  before: string;
  after: string;
}

const FIELD_LINE = /^- \*\*(.+?)\*\*\s?(.*)$/;
const BLOCK_LABEL = /^\*\*(.+?)\*\*$/;
const NOT_FILLED = /^_[^_]+_$/;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1').trim();
}

function cleanLabel(label: string): string {
  return unescape(label).replace(/:$/, '');
}

function cleanValue(value: string): string {
  const text = value.trim();
  return NOT_FILLED.test(text) ? '' : unescape(text);
}

/**
 * Reads the backend's Markdown export (the form package's `toMarkdown`: a
 * heading per section, `- **Label:** value` lines, and tables under a bold
 * label for lists of rows) back into values by section and field.
 */
export function parseExport(markdown: string): Map<string, FieldChange> {
  const fields = new Map<string, FieldChange>();
  let section = '';
  let block: { label: string; lines: string[] } | undefined;
  const put = (label: string, value: string) =>
    fields.set(`${section}\u0000${label}`, {
      section,
      field: label,
      before: '',
      after: value,
    });
  const closeBlock = () => {
    if (block) put(block.label, cleanValue(block.lines.join('\n')));
    block = undefined;
  };
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^##\s+(.*)$/);
    const field = line.match(FIELD_LINE);
    const label = line.match(BLOCK_LABEL);
    if (heading) {
      closeBlock();
      section = unescape(heading[1]);
    } else if (label) {
      closeBlock();
      block = { label: cleanLabel(label[1]), lines: [] };
    } else if (field) {
      closeBlock();
      put(cleanLabel(field[1]), cleanValue(field[2]));
    } else if (block && line.trim()) {
      block.lines.push(line.trim());
    }
  }
  closeBlock();
  return fields;
}

/** The fields whose value changed from one export to the other, in form order. */
export function changedFields(before: string, after: string): FieldChange[] {
  const old = parseExport(before);
  const now = parseExport(after);
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  return keys
    .map(key => ({
      section: (now.get(key) ?? old.get(key))!.section,
      field: (now.get(key) ?? old.get(key))!.field,
      before: old.get(key)?.after ?? '',
      after: now.get(key)?.after ?? '',
    }))
    .filter(change => change.before !== change.after);
}
