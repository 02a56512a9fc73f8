import type { FormResponse } from '@hemit/plugin-overlevering-common';

// The form package's marking of entity-reference fields.
const picker = (kind: string[]) => ({
  'ui:widget': 'EntityRefWidget',
  'ui:options': { entityPicker: { kind } },
});

/**
 * A small form of the same shape as the one the backend serves, so component
 * tests do not depend on every field of the real form.
 */
export const testForm: Omit<FormResponse, 'approverRoles'> = {
  schemaVersion: 1,
  requiredOnSubmit: ['bestilling.tittel'],
  schema: {
    type: 'object',
    properties: {
      bestilling: {
        type: 'object',
        title: 'Bestilling',
        properties: {
          tittel: { type: 'string', title: 'Tittel' },
          formal: { type: 'string', title: 'Formål og bruk' },
        },
      },
      designfase: {
        type: 'object',
        title: 'Designfase',
        properties: {
          tjeneste: { type: 'string', title: 'Tjeneste' },
          fagansvarlig: { type: 'string', title: 'Fagansvarlig' },
          tjenesteutvikler: { type: 'string', title: 'Tjenesteutvikler' },
          seksjonsleder: { type: 'string', title: 'Seksjonsleder tjenesten' },
        },
      },
      etablering: {
        type: 'object',
        title: 'Etablering av tjenesten',
        properties: {
          driftsdokumentasjon: { type: 'string', title: 'Driftsdokumentasjon' },
        },
      },
      driftskostnader: {
        type: 'object',
        title: 'Driftskostnader',
        properties: {
          kommentar: { type: 'string', title: 'Kommentar' },
        },
      },
      produksjonssetting: {
        type: 'object',
        title: 'Forberede produksjonssetting',
        properties: {
          varsling: { type: 'string', title: 'Varsling' },
        },
      },
    },
  },
  uiSchema: {
    designfase: {
      tjeneste: picker(['Component', 'System']),
      fagansvarlig: picker(['User']),
      tjenesteutvikler: picker(['User']),
      seksjonsleder: picker(['User']),
    },
  },
};
