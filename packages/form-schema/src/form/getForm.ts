import { localizeExtraFields } from '../extension/localizeExtraFields';
import { FormExtension } from '../extension/types';
import { SCHEMA_VERSION, sectionsSchema } from '../schema/documentSchema';
import { SECTION_IDS } from '../schema/sections';
import { fieldText, getTexts } from '../texts';
import { FormDefinition, JSONSchema, Locale } from '../types';
import { buildUiSchema } from './uiSchema';

type Json = Record<string, any>;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Copies a schema node and adds the words of the field at `path`. Enum values get their labels
 * as `oneOf` of `const` + `title`, which react-jsonschema-form shows as option labels and which
 * accepts exactly the same values. Array items share their field's path, so row columns become
 * `list.column` and enum items take the list's option labels.
 */
function localize(
  node: Json,
  path: string,
  locale: Locale,
  withTitle: boolean,
): Json {
  const copy: Json = { ...node };
  const text = path ? fieldText(locale, path) : undefined;
  if (text && withTitle) {
    copy.title = text.title;
    if (text.description) copy.description = text.description;
  }
  if (node.enum) {
    delete copy.enum;
    copy.oneOf = node.enum.map((value: string) => ({
      const: value,
      title: text?.options?.[value] ?? value,
    }));
  }
  if (node.properties) {
    const yesNo = Boolean(path && node.properties.svar);
    copy.properties = Object.fromEntries(
      Object.entries(node.properties as Json).map(([key, child]) => [
        key,
        yesNo
          ? localizeYesNoPart(key, child, path, locale)
          : localize(child, join(path, key), locale, true),
      ]),
    );
  }
  if (node.items) copy.items = localize(node.items, path, locale, false);
  return copy;
}

/** The answer and explanation of a yes/no field are worded by the field itself. */
function localizeYesNoPart(
  key: string,
  child: Json,
  path: string,
  locale: Locale,
): Json {
  const { common } = getTexts(locale);
  if (key === 'svar') {
    return {
      ...child,
      title: common.answer,
      oneOf: [
        { const: true, title: common.yes },
        { const: false, title: common.no },
      ],
    };
  }
  return {
    ...child,
    title: fieldText(locale, path).explanation ?? common.explanation,
  };
}

/**
 * The form in one language: the JSON Schema with titles and descriptions, the uiSchema for
 * react-jsonschema-form, and the sections with their titles. With an `extension` (see
 * `extendForm`) its extra fields follow the own fields of their sections.
 *
 * @public
 */
export function getForm(options?: {
  locale?: Locale;
  extension?: FormExtension;
}): FormDefinition {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'nb';
  const schema = localize(sectionsSchema as Json, '', locale, false);
  const uiSchema = buildUiSchema(locale);
  if (options?.extension) {
    localizeExtraFields(schema, uiSchema, options.extension, locale);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    locale,
    schema: schema as JSONSchema,
    uiSchema,
    sections: SECTION_IDS.map(id => {
      const text = fieldText(locale, id);
      return { id, title: text.title, description: text.description ?? '' };
    }),
  };
}
