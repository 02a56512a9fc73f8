import { asCurrentVersion } from '../migration/asCurrentVersion';
import { yearlyCostTotal } from '../costs/yearlyCostTotal';
import { extraFieldAt } from '../extension/extendForm';
import { FormExtension } from '../extension/types';
import { FieldInfo, SECTION_FIELDS } from '../schema/fields';
import { FIXED_PATHS, getValueAtPath } from '../schema/paths';
import { SECTION_IDS } from '../schema/sections';
import { fieldText, getTexts } from '../texts';
import { formatAmount } from '../amounts/amounts';
import { Locale } from '../types';
import { escapeMarkdown, escapeTableCell } from './escapeMarkdown';
import { escapeWithLinks, markdownLink } from './links';

/** Options of the Markdown export. @public */
export interface MarkdownOptions {
  locale?: Locale;
  /**
   * How people know a catalog entity (a person, group or service), e.g. from the catalog's
   * display names. A ref it gives no name for is shown as written.
   */
  entityName?: (ref: string) => string | undefined;
  /**
   * Only these parts of the form: section ids (`etablering`) or dotted field paths
   * (`etablering.servere`; `designfase.rosGjennomfort.svar` counts as its field), in form order,
   * without the title heading. Sections with none of the parts are left out.
   */
  parts?: readonly string[];
  /** A platform team's extra fields (`extendForm`), shown after the own fields of their sections. */
  extension?: FormExtension;
}

/** Whether the field at `path` is one of `parts`, or holds one. */
function isPart(parts: readonly string[], path: string): boolean {
  return parts.some(
    part =>
      part === path ||
      part.startsWith(`${path}.`) ||
      path.startsWith(`${part}.`),
  );
}

/** The words of a field: its own, or those its extension configures. */
function textOf(
  locale: Locale,
  path: string,
  extension: FormExtension | undefined,
) {
  const extra = extraFieldAt(extension, path);
  return extra
    ? { title: extra.title[locale], options: extra.options[locale] }
    : fieldText(locale, path);
}

function formatValue(
  field: FieldInfo,
  value: unknown,
  locale: Locale,
  escape: (text: string) => string,
  entityName?: (ref: string) => string | undefined,
  extension?: FormExtension,
): string | undefined {
  const { common } = getTexts(locale);
  if (value === undefined || value === null || value === '') return undefined;
  const options = textOf(locale, field.path, extension).options ?? {};
  switch (field.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') return escape(JSON.stringify(value));
      return value ? common.yes : common.no;
    case 'quantity':
      return typeof value === 'number'
        ? formatAmount(value, locale)
        : escape(JSON.stringify(value));
    case 'number':
      return typeof value === 'number'
        ? common.currency(value)
        : escape(String(value));
    case 'enum':
      return escape(options[String(value)] ?? String(value));
    case 'multiEnum':
      return Array.isArray(value) && value.length > 0
        ? escape(value.map(v => options[String(v)] ?? String(v)).join(', '))
        : undefined;
    case 'date': {
      if (typeof value !== 'string') return escape(JSON.stringify(value));
      // A formatted date is our own digits and words, with nothing to escape
      // (escaping `28.` would show its backslash); other text is escaped.
      const formatted = common.formatDate(value);
      return formatted === value ? escape(value) : formatted;
    }
    case 'entityRef':
      return typeof value === 'string'
        ? escape(entityName?.(value) ?? value)
        : escape(JSON.stringify(value));
    case 'yesNo': {
      const record = (value ?? {}) as Record<string, unknown>;
      let answer: string | undefined;
      if (record.svar === true) answer = common.yes;
      else if (record.svar === false) answer = common.no;
      const explanation =
        typeof record.forklaring === 'string' && record.forklaring.trim()
          ? escapeWithLinks(record.forklaring, escape)
          : undefined;
      if (!answer && !explanation) return undefined;
      return [answer, explanation].filter(Boolean).join(' — ');
    }
    case 'url':
      return typeof value === 'string'
        ? markdownLink(value, escape)
        : escape(JSON.stringify(value));
    default:
      return typeof value === 'object'
        ? escape(JSON.stringify(value))
        : escapeWithLinks(String(value), escape);
  }
}

function rowsTable(
  field: FieldInfo,
  rows: unknown[],
  locale: Locale,
  entityName?: (ref: string) => string | undefined,
): string[] {
  const columns = field.columns ?? [];
  const header = columns.map(column =>
    escapeTableCell(fieldText(locale, column.path).title),
  );
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${columns
      .map(column => (column.kind === 'number' ? ' ---: ' : ' --- '))
      .join('|')}|`,
  ];
  for (const row of rows) {
    const cells = columns.map(column => {
      const key = column.path.split('.').pop()!;
      const value = (row as Record<string, unknown> | null)?.[key];
      return (
        formatValue(column, value, locale, escapeTableCell, entityName) ?? ''
      );
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

/**
 * A readable Markdown export of the whole handover: the title as heading, one heading per
 * section, `label: value` lines, tables for lists of rows, and the yearly cost total. All user
 * text is escaped, so the export shows it as typed and never turns it into HTML; a web address
 * becomes a link followed by the host it leads to.
 *
 * @public
 */
export function toMarkdown(input: unknown, options?: MarkdownOptions): string {
  const doc = asCurrentVersion(input);
  const locale: Locale = options?.locale === 'en' ? 'en' : 'nb';
  const { common } = getTexts(locale);
  const heading = getValueAtPath(doc, FIXED_PATHS.title);
  const parts = options?.parts;
  const out: string[] = parts
    ? []
    : [
        `# ${
          typeof heading === 'string' && heading.trim()
            ? escapeMarkdown(heading)
            : common.untitled
        }`,
      ];
  for (const section of SECTION_IDS) {
    const extension = options?.extension;
    const fields = [
      ...SECTION_FIELDS[section],
      ...(extension?.fields.filter(field => field.section === section) ?? []),
    ].filter(field => !parts || isPart(parts, field.path));
    if (fields.length === 0) continue;
    const sectionText = fieldText(locale, section);
    out.push('', `## ${sectionText.title}`, '');
    for (const field of fields) {
      const title = textOf(locale, field.path, extension).title;
      // A question needs no colon after its question mark.
      const label = escapeMarkdown(title) + (title.endsWith('?') ? '' : ':');
      const value = getValueAtPath(doc, field.path);
      if (field.kind === 'rows') {
        out.push('', `**${label}**`, '');
        if (Array.isArray(value) && value.length > 0) {
          out.push(...rowsTable(field, value, locale, options?.entityName), '');
        } else {
          out.push(`_${common.notFilled}_`, '');
        }
        if (field.path === 'driftskostnader.kostnader') {
          const totals = yearlyCostTotal(doc);
          out.push(
            `- **${escapeMarkdown(common.yearlyTotal)}:** ${common.currency(
              totals.yearly,
            )}`,
            `- **${escapeMarkdown(common.oneOffTotal)}:** ${common.currency(
              totals.oneOff,
            )}`,
            '',
          );
        }
        continue;
      }
      const formatted = formatValue(
        field,
        value,
        locale,
        escapeMarkdown,
        options?.entityName,
        extension,
      );
      out.push(`- **${label}** ${formatted ?? `_${common.notFilled}_`}`);
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
