import { toMarkdown } from '../export/toMarkdown';
import { extendForm } from '../extension/extendForm';
import type { FormExtension } from '../extension/types';
import { handoverJsonSchema } from '../form/handoverJsonSchema';
import { buildUiSchema } from '../form/uiSchema';
import { assertKnownPaths } from '../schema/fields';
import { Locale, ValidationProfile } from '../types';
import { validateDocument } from '../validation/validateDocument';
import { parseDocumentText } from './readDocumentFile';

/** What the CLI may touch, so tests can run it without a process or a disk. @public */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

/** Exit codes of the CLI. @public */
export const EXIT = Object.freeze({ valid: 0, invalid: 1, usage: 2 });

const USAGE = `Usage:
  overlevering-form validate <file.json|file.yaml> [--profile draft|submit] [--required path,...] [--extra-fields file] [--locale nb|en] [--format text|json]
  overlevering-form markdown <file.json|file.yaml> [--extra-fields file] [--locale nb|en]
  overlevering-form schema [--locale nb|en] [--ui]

validate --format json prints one JSON object: { file, valid, profile, errors: [{ path, message }] }.
schema prints the JSON Schema (2020-12) of the document, or with --ui the uiSchema of the form.
--extra-fields reads a portal's extra fields (JSON or YAML, as under overlevering.form.extraFields:
{ <section>: { <fieldKey>: { schema, title, ... } } }); validate and markdown then take them too.

Exit codes: 0 valid, 1 invalid, 2 usage error or unreadable file.
`;

class UsageError extends Error {}

type Command = 'validate' | 'markdown' | 'schema';
const COMMANDS: readonly string[] = ['validate', 'markdown', 'schema'];

interface ParsedArgs {
  command: Command;
  file: string;
  profile: ValidationProfile;
  required: string[];
  locale: Locale;
  format: 'text' | 'json';
  ui: boolean;
  /** The file of a portal's extra fields, if given. */
  extraFields?: string;
}

function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(
      command ? `Unknown command '${command}'` : 'No command given',
    );
  }
  const parsed: ParsedArgs = {
    command: command as Command,
    file: '',
    profile: 'draft',
    required: [],
    locale: 'nb',
    format: 'text',
    ui: false,
  };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    if (flag === '--locale') {
      const locale = value();
      if (locale !== 'nb' && locale !== 'en') {
        throw new UsageError(`--locale must be nb or en, not '${locale}'`);
      }
      parsed.locale = locale;
    } else if (flag === '--profile' && command === 'validate') {
      const profile = value();
      if (profile !== 'draft' && profile !== 'submit') {
        throw new UsageError(
          `--profile must be draft or submit, not '${profile}'`,
        );
      }
      parsed.profile = profile;
    } else if (flag === '--required' && command === 'validate') {
      parsed.required = value()
        .split(',')
        .map(path => path.trim())
        .filter(Boolean);
    } else if (flag === '--format' && command === 'validate') {
      const format = value();
      if (format !== 'text' && format !== 'json') {
        throw new UsageError(`--format must be text or json, not '${format}'`);
      }
      parsed.format = format;
    } else if (flag === '--extra-fields' && command !== 'schema') {
      parsed.extraFields = value();
    } else if (flag === '--ui' && command === 'schema' && !inline) {
      parsed.ui = true;
    } else if (flag.startsWith('-')) {
      throw new UsageError(`Unknown option '${flag}'`);
    } else {
      files.push(arg);
    }
  }
  if (command === 'schema') {
    if (files.length > 0) throw new UsageError('schema takes no file');
    return parsed;
  }
  if (files.length !== 1) {
    throw new UsageError(
      files.length === 0 ? 'No file given' : 'Give exactly one file',
    );
  }
  parsed.file = files[0];
  if (parsed.required.length > 0 && parsed.profile !== 'submit') {
    // Required paths only mean something on submit; asking for them implies it.
    parsed.profile = 'submit';
  }
  try {
    assertKnownPaths(parsed.required);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return parsed;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The `overlevering-form` command line: `validate` prints each failing field with its path
 * (or, with `--format json`, one JSON object for CI) and exits 1 when the document is invalid;
 * `markdown` prints the export; `schema` prints the JSON Schema or the uiSchema. Returns the
 * exit code instead of exiting, so it can be tested and embedded.
 *
 * @public
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return EXIT.valid;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n\n${USAGE}`);
    return EXIT.usage;
  }

  if (args.command === 'schema') {
    io.stdout(
      asJson(
        args.ui
          ? buildUiSchema(args.locale)
          : handoverJsonSchema({ locale: args.locale }),
      ),
    );
    return EXIT.valid;
  }

  let extension: FormExtension | undefined;
  if (args.extraFields) {
    try {
      extension = extendForm(
        parseDocumentText(
          args.extraFields,
          await io.readFile(args.extraFields),
        ),
      );
    } catch (e) {
      io.stderr(`Cannot use ${args.extraFields}: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
  }

  let doc: unknown;
  try {
    doc = parseDocumentText(args.file, await io.readFile(args.file));
  } catch (e) {
    io.stderr(`Cannot read ${args.file}: ${(e as Error).message}\n`);
    return EXIT.usage;
  }

  const result = validateDocument(doc, {
    profile: args.profile,
    requiredOnSubmit: args.required,
    locale: args.locale,
    extension,
  });

  if (args.command === 'markdown') {
    if (!result.valid) {
      // An export of a broken document would mislead; show why instead.
      for (const error of result.errors) {
        io.stderr(`${error.path || '(document)'}: ${error.message}\n`);
      }
      return EXIT.invalid;
    }
    io.stdout(toMarkdown(result.document, { locale: args.locale, extension }));
    return EXIT.valid;
  }

  if (args.format === 'json') {
    io.stdout(
      asJson({
        file: args.file,
        valid: result.valid,
        profile: args.profile,
        errors: result.errors.map(({ path, message }) => ({ path, message })),
      }),
    );
    return result.valid ? EXIT.valid : EXIT.invalid;
  }

  if (result.valid) {
    io.stdout(`${args.file}: valid (${args.profile})\n`);
    return EXIT.valid;
  }
  for (const error of result.errors) {
    io.stdout(`${error.path || '(document)'}: ${error.message}\n`);
  }
  io.stdout(
    `${args.file}: invalid (${args.profile}), ${result.errors.length} error(s)\n`,
  );
  return EXIT.invalid;
}
