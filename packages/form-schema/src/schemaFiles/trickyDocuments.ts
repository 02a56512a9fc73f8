import { SCHEMA_VERSION } from '../schema/documentSchema';

/** A document of the current version that validators are easily lenient or strict about. */
export interface TrickyDocument {
  name: string;
  document: Record<string, unknown>;
  valid: boolean;
}

const v = (sections: Record<string, unknown>) => ({
  schemaVersion: SCHEMA_VERSION,
  ...sections,
});

/** Documents on which every validator of the schema must give the same verdict. */
export const TRICKY_DOCUMENTS: readonly TrickyDocument[] = [
  {
    name: 'a delivery type outside the list',
    document: v({ bestilling: { leveransetype: 'ombygging' } }),
    valid: false,
  },
  {
    name: 'an allowed delivery type',
    document: v({ bestilling: { leveransetype: 'ny-versjon' } }),
    valid: true,
  },
  {
    name: 'a date in Norwegian notation',
    document: v({ bestilling: { planlagtProduksjonsdato: '15.02.2027' } }),
    valid: false,
  },
  {
    name: 'a day that does not exist',
    document: v({ bestilling: { planlagtProduksjonsdato: '2027-02-30' } }),
    valid: false,
  },
  {
    name: 'a leap day',
    document: v({ bestilling: { planlagtProduksjonsdato: '2028-02-29' } }),
    valid: true,
  },
  {
    name: 'a date with a time',
    document: v({
      bestilling: { planlagtProduksjonsdato: '2027-02-15T10:00:00Z' },
    }),
    valid: false,
  },
  {
    name: 'an unknown field in a section',
    document: v({ designfase: { hemmelig: 'x' } }),
    valid: false,
  },
  {
    name: 'an unknown section',
    document: v({ ukjentSeksjon: {} }),
    valid: false,
  },
  {
    name: 'an unknown column in a row',
    document: v({
      driftskostnader: { kostnader: [{ belop: 10, valuta: 'EUR' }] },
    }),
    valid: false,
  },
  {
    name: 'an amount as text',
    document: v({ driftskostnader: { kostnader: [{ belop: '240 000' }] } }),
    valid: false,
  },
  {
    name: 'a negative amount',
    document: v({ driftskostnader: { kostnader: [{ belop: -1 }] } }),
    valid: false,
  },
  {
    name: 'a script link',
    document: v({
      // eslint-disable-next-line no-script-url -- the very link validators must refuse
      designfase: { arkitekturdokumentasjon: 'javascript:alert(1)' },
    }),
    valid: false,
  },
  {
    name: 'a person by name instead of a catalog reference',
    document: v({ designfase: { fagansvarlig: 'Kari Nordmann' } }),
    valid: false,
  },
  {
    name: 'the same environment twice',
    document: v({ etablering: { miljoer: ['test', 'test'] } }),
    valid: false,
  },
  {
    name: 'a yes/no answered with text',
    document: v({ produksjonssetting: { varsling: { svar: 'ja' } } }),
    valid: false,
  },
  {
    name: 'a title of 200 characters outside the Basic Multilingual Plane',
    document: v({ bestilling: { tittel: '💥'.repeat(200) } }),
    valid: true,
  },
  {
    name: 'a fractional schema version',
    document: { schemaVersion: 2.5 },
    valid: false,
  },
];
