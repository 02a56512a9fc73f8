import {
  escapeMarkdown,
  getField,
  getTexts,
  type FieldInfo,
  type FieldText,
  type Locale,
} from '@hemit/overlevering-form-schema';
import type { NormenAnswer } from './normenPreconditions';

interface Options {
  locale: Locale;
  /** A person's, group's or service's name as the catalog gives it. */
  name: (ref: string) => string;
  /** What an unanswered question says, e.g. "Ikke besvart". */
  notAnswered: string;
}

function textOf(locale: Locale, path: string): FieldText {
  return (
    (getTexts(locale).fields as Record<string, FieldText | undefined>)[
      path
    ] ?? {
      title: path,
    }
  );
}

/**
 * A web address as a link whose text is the address as typed, followed by
 * the host it leads to, as the form's own export writes one, so the reader
 * sees where it goes; any other text stays text.
 */
function link(address: string): string {
  try {
    const url = new URL(address);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      // The parsed form percent-encodes what could end the destination.
      const destination = url.href.replace(/\|/g, '%7C');
      return `[${escapeMarkdown(address)}](<${destination}>) (${escapeMarkdown(
        url.host,
      )})`;
    }
  } catch {
    // Not a web address: shown as the text it is.
  }
  return escapeMarkdown(address);
}

/** One value of a field as Markdown, user text escaped. */
function valueMarkdown(
  field: FieldInfo,
  value: unknown,
  options: Options,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const { common } = getTexts(options.locale);
  const labels = textOf(options.locale, field.path).options ?? {};
  if (typeof value === 'object' && field.kind !== 'multiEnum') {
    if (field.kind !== 'yesNo') return escapeMarkdown(JSON.stringify(value));
    const { svar, forklaring } = value as Record<string, unknown>;
    const parts = [
      svar === true ? common.yes : undefined,
      svar === false ? common.no : undefined,
      svar === undefined ? `_${options.notAnswered}_` : undefined,
      typeof forklaring === 'string' && forklaring.trim()
        ? escapeMarkdown(forklaring)
        : undefined,
    ];
    return parts.filter(Boolean).join(' — ');
  }
  const text = String(value);
  switch (field.kind) {
    case 'url':
      return link(text);
    case 'enum':
      return escapeMarkdown(labels[text] ?? text);
    case 'multiEnum':
      return Array.isArray(value)
        ? escapeMarkdown(
            value.map(v => labels[String(v)] ?? String(v)).join(', '),
          )
        : escapeMarkdown(text);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? common.formatDate(text)
        : escapeMarkdown(text);
    case 'entityRef':
      return escapeMarkdown(options.name(text));
    default:
      return escapeMarkdown(text);
  }
}

/** A row of a list: each filled column as "Column: value". */
function rowMarkdown(field: FieldInfo, row: unknown, options: Options): string {
  const cells = (field.columns ?? []).flatMap(column => {
    const key = column.path.split('.').pop()!;
    const formatted = valueMarkdown(
      column,
      (row as Record<string, unknown> | null)?.[key],
      options,
    );
    if (formatted === undefined) return [];
    const title = escapeMarkdown(textOf(options.locale, column.path).title);
    return [`${title}: ${formatted}`];
  });
  return cells.join('; ');
}

/**
 * A question of the form and its answer as a Markdown list item: the
 * question as the form words it and the answer as given, or "not answered";
 * a list of rows as one nested item per row.
 */
export function formAnswerMarkdown(
  answer: NormenAnswer,
  options: Options,
): string[] {
  const title = textOf(options.locale, answer.path).title;
  // A question needs no colon after its question mark.
  const label = `**${escapeMarkdown(title)}${title.endsWith('?') ? '' : ':'}**`;
  const field = getField(answer.path);
  const notAnswered = `_${options.notAnswered}_`;
  if (!field || answer.value === undefined) {
    return [`- ${label} ${notAnswered}`];
  }
  if (field.kind === 'rows' && Array.isArray(answer.value)) {
    return [
      `- ${label}`,
      ...answer.value.map(row => `  - ${rowMarkdown(field, row, options)}`),
    ];
  }
  return [
    `- ${label} ${valueMarkdown(field, answer.value, options) ?? notAnswered}`,
  ];
}
