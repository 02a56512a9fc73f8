import { fieldUi } from '../form/uiSchema';
import { getTexts } from '../texts';
import { Locale } from '../types';
import { ExtraField, FormExtension } from './types';

type Json = Record<string, any>;

/** The schema of an extra field with its words in `locale`, as `getForm` words the own fields. */
function localizedSchema(field: ExtraField, locale: Locale): Json {
  const { common } = getTexts(locale);
  const { enum: values, items, ...rest } = field.schema as Json;
  const labelled = (list: string[]) =>
    list.map(value => ({
      const: value,
      title: field.options[locale][value] ?? value,
    }));
  const node: Json = { ...rest, title: field.title[locale] };
  if (field.description) node.description = field.description[locale];
  if (values) node.oneOf = labelled(values);
  if (items) node.items = { type: items.type, oneOf: labelled(items.enum) };
  if (field.kind === 'boolean') {
    node.oneOf = [
      { const: true, title: common.yes },
      { const: false, title: common.no },
    ];
  }
  return node;
}

/**
 * Adds the extra fields to a form built by `getForm`: each at the end of its section, in the
 * schema and in the uiSchema. Changes the two objects given, which `getForm` has just built.
 */
export function localizeExtraFields(
  schema: Json,
  uiSchema: Json,
  extension: FormExtension,
  locale: Locale,
): void {
  for (const field of extension.fields) {
    schema.properties[field.section].properties[field.key] = localizedSchema(
      field,
      locale,
    );
    uiSchema[field.section][field.key] = fieldUi(field, locale);
  }
}
