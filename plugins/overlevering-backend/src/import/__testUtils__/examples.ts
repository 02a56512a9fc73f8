import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { personResolverFromCatalog } from '../people';

/** The made-up exports of the old list in the repository's examples/sharepoint. */
export const EXAMPLES = {
  utf8Semicolon: 'overlevering-til-produksjon-utf8-semikolon.csv',
  windows1252Comma: 'overlevering-til-produksjon-windows1252-komma.csv',
  xlsx: 'overlevering-til-produksjon.xlsx',
  cutShort: 'overlevering-til-produksjon-avkuttet.csv',
} as const;

export const CSV = 'text/csv';
export const XLSX =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function readExample(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(
      resolve(__dirname, '../../../../../examples/sharepoint', name),
    ),
  );
}

/** The people of the demo catalog (examples/org.yaml) as the import sees them. */
export const demoPeople = personResolverFromCatalog(
  [
    ['kari.nordmann', 'Kari Nordmann'],
    ['ola.utvikler', 'Ola Utvikler'],
    ['siri.leder', 'Siri Leder'],
    ['per.fag', 'Per Fagansvarlig'],
    ['hanne.hjelp', 'Hanne Hjelp'],
    ['erik.drift', 'Erik Drift'],
    ['ida.integrasjon', 'Ida Integrasjon'],
    ['lars.lokal', 'Lars Lokalservice'],
  ].map(([name, displayName]) => ({
    ref: `user:default/${name}`,
    displayName,
    email: `${name}@example.com`,
  })),
);

/** Bytes of a CSV text as UTF-8. */
export const utf8 = (text: string) => new TextEncoder().encode(text);
