import { FieldInfo, SECTION_FIELDS } from '../schema/fields';
import { SECTION_IDS } from '../schema/sections';
import { fieldText } from '../texts';
import { Locale } from '../types';

/**
 * Name of the widget that entity-reference fields ask for. A Backstage frontend registers a
 * catalog picker under this name; the plain React form of `/react` registers a text input.
 *
 * @public
 */
export const ENTITY_REF_WIDGET = 'EntityRefWidget';

/** Which catalog kinds an entity-reference field picks from, by field path (row fields by column path). */
const ENTITY_KINDS: Record<string, string[]> = {
  'bestilling.bestiltAv': ['User'],
  'designfase.tjeneste': ['Component', 'System'],
  'designfase.fagansvarlig': ['User'],
  'designfase.tjenesteutvikler': ['User'],
  'designfase.seksjonsleder': ['User'],
  'designfase.systemeier': ['User', 'Group'],
  'produksjonssetting.fravik.godkjentAv': ['User'],
  'produksjonssetting.restanser.ansvarlig': ['User', 'Group'],
};

/**
 * The entity kinds an entity-reference field picks from (`['User']` for the people of the
 * form). Read by the frontend's catalog picker through `ui:options.entityPicker.kind`.
 *
 * @public
 */
export function entityKindsOf(path: string): string[] {
  return ENTITY_KINDS[path] ?? ['User'];
}

/** The uiSchema of one field: its widget, help and placeholder. */
export function fieldUi(
  field: FieldInfo,
  locale: Locale,
): Record<string, unknown> {
  const text = fieldText(locale, field.path);
  const ui: Record<string, unknown> = {};
  if (text.help) ui['ui:help'] = text.help;
  if (text.placeholder) ui['ui:placeholder'] = text.placeholder;
  switch (field.kind) {
    case 'longText':
      ui['ui:widget'] = 'textarea';
      ui['ui:options'] = { rows: 4 };
      break;
    case 'date':
      ui['ui:widget'] = 'date';
      break;
    case 'entityRef':
      ui['ui:widget'] = ENTITY_REF_WIDGET;
      ui['ui:options'] = {
        entityPicker: { kind: entityKindsOf(field.path) },
      };
      break;
    case 'multiEnum':
      ui['ui:widget'] = 'checkboxes';
      ui['ui:options'] = { inline: true };
      break;
    case 'boolean':
      ui['ui:widget'] = 'radio';
      ui['ui:options'] = { inline: true };
      break;
    case 'yesNo':
      ui.svar = { 'ui:widget': 'radio', 'ui:options': { inline: true } };
      ui.forklaring = { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } };
      break;
    case 'rows':
      ui.items = Object.fromEntries(
        (field.columns ?? []).map(column => [
          column.path.split('.').pop()!,
          fieldUi(column, locale),
        ]),
      );
      ui['ui:options'] = { orderable: false };
      break;
    default:
      break;
  }
  return ui;
}

/**
 * The uiSchema for react-jsonschema-form: section order, widgets, placeholders and help.
 *
 * @public
 */
export function buildUiSchema(locale: Locale): Record<string, unknown> {
  const ui: Record<string, unknown> = { 'ui:order': [...SECTION_IDS] };
  for (const section of SECTION_IDS) {
    ui[section] = Object.fromEntries(
      SECTION_FIELDS[section].map(field => [
        field.path.split('.').pop()!,
        fieldUi(field, locale),
      ]),
    );
  }
  return ui;
}
