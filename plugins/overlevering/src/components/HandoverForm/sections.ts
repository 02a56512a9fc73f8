import type { JsonRecord } from '../../lib/document';

/** The schema and uiSchema in the user's language. */
export interface LocalizedForm {
  schema: JsonRecord;
  uiSchema: JsonRecord;
}

/** The form's sections in the order the uiSchema gives, with their titles. */
export function sectionsOf(schema: JsonRecord, uiSchema: JsonRecord) {
  const properties = (schema.properties ?? {}) as Record<string, JsonRecord>;
  const order = Array.isArray(uiSchema['ui:order'])
    ? (uiSchema['ui:order'] as string[]).filter(id => id in properties)
    : [];
  const ids = [
    ...order,
    ...Object.keys(properties).filter(id => !order.includes(id)),
  ];
  return ids.map(id => ({
    id,
    title: String(properties[id].title ?? id),
    schema: properties[id],
  }));
}
