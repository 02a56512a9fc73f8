import { sectionsSchema } from './documentSchema';
import { SECTION_IDS, SectionId } from './sections';

/**
 * What a field is, read from its schema. Rendering, progress and export all branch on this,
 * so it is derived from the schema rather than kept as a second list that could drift.
 *
 * @public
 */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'url'
  | 'date'
  | 'entityRef'
  | 'number'
  | 'enum'
  | 'multiEnum'
  | 'yesNo'
  | 'rows'
  /** A yes or no without explanation; only extra fields (`extendForm`) are one. */
  | 'boolean'
  /** A number that is not an amount of money; only extra fields (`extendForm`) are one. */
  | 'quantity';

/** One field of the form. @public */
export interface FieldInfo {
  /** Dotted path, e.g. `designfase.fagansvarlig`; row fields use the array's path plus the column, e.g. `driftskostnader.kostnader.belop`. */
  path: string;
  section: SectionId;
  kind: FieldKind;
  /** The allowed values of an `enum` or `multiEnum` field. */
  values?: readonly string[];
  /** The columns of a `rows` field. */
  columns?: FieldInfo[];
}

type JsonObject = Record<string, any>;

function kindOf(schema: JsonObject): FieldKind {
  if (schema.type === 'array') {
    return schema.items?.type === 'object' ? 'rows' : 'multiEnum';
  }
  if (schema.type === 'object') return 'yesNo';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.enum) return 'enum';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'uri') return 'url';
  if (schema.pattern) return 'entityRef';
  if (schema.maxLength > 1000) return 'longText';
  return 'text';
}

function describe(
  path: string,
  section: SectionId,
  schema: JsonObject,
): FieldInfo {
  const kind = kindOf(schema);
  const info: FieldInfo = { path, section, kind };
  if (kind === 'enum') info.values = schema.enum;
  if (kind === 'multiEnum') info.values = schema.items.enum;
  if (kind === 'rows') {
    info.columns = Object.entries(schema.items.properties as JsonObject).map(
      ([key, column]) => describe(`${path}.${key}`, section, column),
    );
  }
  return info;
}

/** The fields of each section, in form order. @public */
export const SECTION_FIELDS: Readonly<Record<SectionId, readonly FieldInfo[]>> =
  Object.fromEntries(
    SECTION_IDS.map(section => [
      section,
      Object.entries(
        (sectionsSchema.properties[section] as JsonObject).properties,
      ).map(([key, schema]) =>
        describe(`${section}.${key}`, section, schema as JsonObject),
      ),
    ]),
  ) as Record<SectionId, FieldInfo[]>;

/** Every field of the form (not row columns), in form order. @public */
export const FIELDS: readonly FieldInfo[] = SECTION_IDS.flatMap(
  section => SECTION_FIELDS[section],
);

const fieldsByPath = new Map<string, FieldInfo>();
for (const field of FIELDS) {
  fieldsByPath.set(field.path, field);
  for (const column of field.columns ?? [])
    fieldsByPath.set(column.path, column);
}

/**
 * Looks a field up by dotted path. Row indices are ignored, so
 * `driftskostnader.kostnader.0.belop` finds the `belop` column.
 *
 * @public
 */
export function getField(path: string): FieldInfo | undefined {
  return fieldsByPath.get(stripIndices(path));
}

/** Removes numeric row indices from a dotted path. @public */
export function stripIndices(path: string): string {
  return path
    .split('.')
    .filter(segment => !/^\d+$/.test(segment))
    .join('.');
}

/**
 * The paths a `requiredOnSubmit` entry may name: the sections, their fields and the answer of a
 * yes/no field (`designfase.rosGjennomfort.svar`). Row columns are not accepted: a row list is
 * required as a whole.
 */
const requirablePaths = new Set<string>([
  ...SECTION_IDS,
  ...FIELDS.map(field => field.path),
  ...FIELDS.filter(field => field.kind === 'yesNo').flatMap(field => [
    `${field.path}.svar`,
    `${field.path}.forklaring`,
  ]),
]);

/**
 * Tells whether a dotted path is a field of the schema, for checking `requiredOnSubmit`
 * configuration.
 *
 * @public
 */
export function isKnownPath(path: string): boolean {
  return requirablePaths.has(path);
}

/**
 * Throws an Error naming every path that is not a field of the schema. Call it once at startup
 * with the configured `requiredOnSubmit`, so a typo fails loudly instead of never matching.
 *
 * @public
 */
export function assertKnownPaths(paths: readonly string[]): void {
  const unknown = paths.filter(path => !isKnownPath(path));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown form field path(s) in requiredOnSubmit: ${unknown.join(
        ', ',
      )}. Known paths look like 'bestilling.tittel' or 'designfase.fagansvarlig'.`,
    );
  }
}

/** Every path `isKnownPath` accepts, sorted in form order. @public */
export function knownPaths(): string[] {
  return [...requirablePaths];
}
