import { documentSchema, SCHEMA_VERSION } from '../schema/documentSchema';
import { getTexts } from '../texts';
import { JSONSchema, Locale } from '../types';
import { getForm } from './getForm';

/** The JSON Schema dialect of the published schema files. */
export const JSON_SCHEMA_DIALECT =
  'https://json-schema.org/draft/2020-12/schema';

/**
 * The `$id` of the published schema in a language. It names the document's schema version, so
 * a document can say which schema it was written against, and the languages differ only in
 * their words.
 *
 * @public
 */
export function handoverSchemaId(locale: Locale): string {
  const id = `urn:hemit:overlevering:handover-schema:v${SCHEMA_VERSION}`;
  return locale === 'en' ? `${id}:en` : id;
}

// Words of the document as a whole; the sections and fields take theirs from texts/*.ts.
const DOCUMENT_WORDS: Record<
  Locale,
  { title: string; description: string; schemaVersion: string }
> = {
  nb: {
    title: 'Overlevering til produksjon',
    description:
      'Skjemaet for overlevering av en tjeneste til produksjon hos Hemit. Ingen felt er påkrevd i skjemaet; hva som må fylles ut før innsending, bestemmer hver installasjon.',
    schemaVersion:
      'Hvilken versjon av skjemaet dokumentet følger. Mangler den, er dokumentet versjon 1.',
  },
  en: {
    title: 'Handover to production',
    description:
      'The form for handing a service over to production at Hemit. No field is required by the schema; what must be filled in before submitting is set by each installation.',
    schemaVersion:
      'The version of the schema the document follows. A document without it is version 1.',
  },
};

/**
 * The document schema as a standalone JSON Schema 2020-12 file in one language: `$schema`,
 * an `$id` with the schema version, and the titles, descriptions and option labels of
 * `getForm`. It accepts exactly the documents that `documentSchema` accepts (`schemaVersion`
 * included, nothing unknown), so teams without JavaScript can validate with any validator.
 *
 * @public
 */
export function handoverJsonSchema(options?: { locale?: Locale }): JSONSchema {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'nb';
  const words = DOCUMENT_WORDS[locale];
  const sections = getForm({ locale }).schema as {
    properties: Record<string, unknown>;
  };
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: handoverSchemaId(locale),
    title: words.title,
    description: words.description,
    type: documentSchema.type,
    properties: {
      schemaVersion: {
        ...documentSchema.properties.schemaVersion,
        title: getTexts(locale).common.schemaVersion,
        description: words.schemaVersion,
      },
      ...sections.properties,
    },
    additionalProperties: documentSchema.additionalProperties,
  };
}
