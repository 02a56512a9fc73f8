import { ENTITY_REF_PATTERN } from './entityRef';

/**
 * The current version of the document schema. Bump it with every change that alters the shape
 * of stored documents, and add a step to `migrateDocument`.
 *
 * @public
 */
export const SCHEMA_VERSION = 3;

// Building blocks. Titles and descriptions are not here: they live per language in texts/*.ts
// and are merged in by getForm, so the structure has one source and the words another.
const shortText = { type: 'string', maxLength: 300 } as const;
const longText = { type: 'string', maxLength: 10000 } as const;
// Web links only: a `javascript:` or `data:` URI is a valid URI but must never become a link.
const url = {
  type: 'string',
  format: 'uri',
  pattern: '^https?://',
  maxLength: 2000,
} as const;
// The pattern repeats the shape of `format: date` for validators of the published schema file
// that treat `format` as a mere annotation (the JSON Schema 2020-12 default).
const date = {
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
} as const;
const entityRef = {
  type: 'string',
  pattern: ENTITY_REF_PATTERN,
  maxLength: 255,
} as const;

/** A yes/no answer with a free-text explanation (where, how, why not). */
const yesNo = {
  type: 'object',
  properties: {
    svar: { type: 'boolean' },
    forklaring: longText,
  },
  additionalProperties: false,
} as const;

const link = {
  type: 'object',
  properties: {
    tittel: shortText,
    url,
  },
  additionalProperties: false,
} as const;

const rows = <T>(items: T) =>
  ({ type: 'array', items, maxItems: 200 } as const);

/** @public */
export const DELIVERY_TYPES = ['ny-tjeneste', 'ny-versjon', 'endring'] as const;
/** @public */
export const ENVIRONMENTS = [
  'produksjon',
  'test',
  'kvalitetssikring',
  'opplaering',
  'utvikling',
] as const;
/** @public */
export const COST_CATEGORIES = [
  'lisens',
  'drift',
  'support',
  'infrastruktur',
  'annet',
] as const;
/** @public */
export const COST_PERIODS = ['engangs', 'maanedlig', 'aarlig'] as const;

const bestilling = {
  type: 'object',
  properties: {
    tittel: { type: 'string', maxLength: 200 },
    beskrivelse: longText,
    bestiltAv: entityRef,
    bestillerEnhet: shortText,
    referanse: shortText,
    formal: longText,
    leveransetype: { type: 'string', enum: DELIVERY_TYPES },
    planlagtProduksjonsdato: date,
  },
  additionalProperties: false,
} as const;

const designfase = {
  type: 'object',
  properties: {
    systemeierOmrade: shortText,
    tjeneste: entityRef,
    fagansvarlig: entityRef,
    tjenesteutvikler: entityRef,
    seksjonsleder: entityRef,
    systemeier: entityRef,
    arkitekturdokumentasjon: url,
    rosGjennomfort: yesNo,
    dpiaGjennomfort: yesNo,
    personopplysninger: yesNo,
  },
  additionalProperties: false,
} as const;

const etablering = {
  type: 'object',
  properties: {
    losningsdokumentasjon: rows(link),
    driftsdokumentasjon: url,
    deltDriftsansvar: yesNo,
    deltDriftsansvarMed: shortText,
    leverandor: shortText,
    supportavtale: longText,
    miljoer: {
      type: 'array',
      items: { type: 'string', enum: ENVIRONMENTS },
      uniqueItems: true,
      maxItems: ENVIRONMENTS.length,
    },
    tilgangsroller: longText,
    integrasjoner: longText,
    servere: longText,
    nettverksbehov: longText,
    klientprogramvare: longText,
  },
  additionalProperties: false,
} as const;

const kostnadslinje = {
  type: 'object',
  properties: {
    beskrivelse: shortText,
    kategori: { type: 'string', enum: COST_CATEGORIES },
    belop: { type: 'number', minimum: 0, maximum: 1000000000 },
    periode: { type: 'string', enum: COST_PERIODS },
    koststed: shortText,
  },
  additionalProperties: false,
} as const;

const driftskostnader = {
  type: 'object',
  properties: {
    kostnader: rows(kostnadslinje),
    dekketIBudsjett: yesNo,
  },
  additionalProperties: false,
} as const;

const fravik = {
  type: 'object',
  properties: {
    beskrivelse: longText,
    begrunnelse: longText,
    godkjentAv: entityRef,
    frist: date,
  },
  additionalProperties: false,
} as const;

const restanse = {
  type: 'object',
  properties: {
    beskrivelse: longText,
    ansvarlig: entityRef,
    frist: date,
  },
  additionalProperties: false,
} as const;

const kjentFeil = {
  type: 'object',
  properties: {
    beskrivelse: longText,
    omgaelse: longText,
    saksreferanse: shortText,
  },
  additionalProperties: false,
} as const;

const produksjonssetting = {
  type: 'object',
  properties: {
    varsling: yesNo,
    overvaking: longText,
    fravik: rows(fravik),
    restanser: rows(restanse),
    kjenteFeil: rows(kjentFeil),
    produksjonssettingsplan: longText,
    tilbakerullingsplan: longText,
    hemithjelpOrientert: yesNo,
    kunnskapsartikler: longText,
    // "Klar for drift": the exit criteria of the follow-up after approval.
    // A yes is met from the start; a no is confirmed during the follow-up.
    servicedeskOpplaert: yesNo,
    kunnskapsartiklerPublisert: yesNo,
    ingenKritiskeFeil: yesNo,
  },
  additionalProperties: false,
} as const;

/** Freezes a schema all the way down: validation and every form are built from it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The sections of the form as one JSON Schema object, without texts. `getForm` adds the titles
 * and descriptions of a language.
 *
 * @public
 */
export const sectionsSchema = deepFreeze({
  type: 'object',
  properties: {
    bestilling,
    designfase,
    etablering,
    driftskostnader,
    produksjonssetting,
  },
} as const);

/**
 * The schema a stored document is validated against: the sections plus the document's
 * `schemaVersion`, with nothing unknown allowed. No field is required; what a submit requires
 * is configuration (see `validateDocument`).
 *
 * @public
 */
export const documentSchema = deepFreeze({
  type: 'object',
  properties: {
    schemaVersion: { type: 'integer', minimum: 1 },
    ...sectionsSchema.properties,
  },
  additionalProperties: false,
} as const);
