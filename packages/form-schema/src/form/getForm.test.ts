import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import complete from '../../examples/complete.json';
import invalid from '../../examples/invalid.json';
import { SECTION_IDS } from '../schema/sections';
import { getForm } from './getForm';
import { ENTITY_REF_WIDGET } from './uiSchema';

type Json = Record<string, any>;

describe('getForm', () => {
  it('defaults to Norwegian and lists the sections in form order', () => {
    const form = getForm();
    expect(form.locale).toBe('nb');
    expect(form.schemaVersion).toBe(3);
    expect(form.sections.map(s => s.id)).toEqual(SECTION_IDS);
    expect(form.sections.map(s => s.title)).toEqual([
      'Bestilling',
      'Designfase',
      'Etablering av tjenesten',
      'Driftskostnader',
      'Forberede produksjonssetting',
    ]);
    expect(form.sections.every(s => s.description.length > 0)).toBe(true);
    expect(form.uiSchema['ui:order']).toEqual(SECTION_IDS);
  });

  it('gives the schema titles, descriptions and option labels in the chosen language', () => {
    const nb = getForm({ locale: 'nb' }).schema as Json;
    const en = getForm({ locale: 'en' }).schema as Json;
    expect(Object.keys(nb.properties)).toEqual(SECTION_IDS);
    expect(nb.type).toBe('object');
    expect(nb.properties.bestilling.title).toBe('Bestilling');
    expect(en.properties.bestilling.title).toBe('Order');
    expect(en.properties.bestilling.properties.tittel.title).toBe('Title');
    const category =
      en.properties.driftskostnader.properties.kostnader.items.properties
        .kategori;
    expect(category.title).toBe('Category');
    expect(category.oneOf).toContainEqual({
      const: 'lisens',
      title: 'Licence',
    });
    const alerting = nb.properties.produksjonssetting.properties.varsling;
    expect(alerting.properties.svar.oneOf).toEqual([
      { const: true, title: 'Ja' },
      { const: false, title: 'Nei' },
    ]);
    expect(alerting.properties.forklaring.title).toBe(
      'Hvor og hvordan varsles det?',
    );
    expect(
      en.properties.etablering.properties.miljoer.items.oneOf,
    ).toContainEqual({
      const: 'opplaering',
      title: 'Training',
    });
  });

  it('accepts and refuses the same documents as the document schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv, ['date', 'uri']);
    const validate = ajv.compile(getForm({ locale: 'en' }).schema);
    const { schemaVersion, ...sections } = complete;
    expect(schemaVersion).toBe(3);
    expect(validate(sections)).toBe(true);
    expect(validate({ ...invalid, ukjentSeksjon: undefined })).toBe(false);
  });

  it('marks entity references for a catalog picker, and uses textarea, date and radio widgets', () => {
    const ui = getForm().uiSchema as Json;
    expect(ui.designfase.fagansvarlig).toMatchObject({
      'ui:widget': ENTITY_REF_WIDGET,
      'ui:options': { entityPicker: { kind: ['User'] } },
    });
    expect(ui.designfase.tjeneste['ui:options'].entityPicker.kind).toEqual([
      'Component',
      'System',
    ]);
    expect(ui.produksjonssetting.fravik.items.godkjentAv['ui:widget']).toBe(
      ENTITY_REF_WIDGET,
    );
    expect(ui.bestilling.beskrivelse['ui:widget']).toBe('textarea');
    expect(ui.bestilling.planlagtProduksjonsdato['ui:widget']).toBe('date');
    expect(ui.designfase.rosGjennomfort.svar['ui:widget']).toBe('radio');
    expect(ui.etablering.miljoer['ui:widget']).toBe('checkboxes');
    expect(ui.bestilling.tittel['ui:placeholder']).toMatch(/^F\.eks\./);
    expect(getForm({ locale: 'en' }).uiSchema).toMatchObject({
      bestilling: {
        bestiltAv: {
          'ui:help': expect.stringMatching(
            /^Search for the name and pick the person/,
          ),
        },
      },
    });
  });
});
