import { formatAmount } from '../amounts/amounts';
import { dateFormatter } from './formatDate';
import { CommonTexts, FieldText } from './types';

/**
 * Every Norwegian (bokmål) text of the form, keyed by field path. The source language: the
 * English file must have exactly these keys.
 *
 * @public
 */
export const nbFields = {
  bestilling: {
    title: 'Bestilling',
    description:
      'Beskriv hva som er bestilt, av hvem, og hva det skal brukes til.',
  },
  'bestilling.tittel': {
    title: 'Tittel',
    description: 'Et kort navn på leveransen, slik den vises i oversikter.',
    placeholder:
      'F.eks. Ny versjon av DIPS Arena – modul for legemiddelhåndtering',
  },
  'bestilling.beskrivelse': {
    title: 'Hva er bestilt',
    description: 'Beskriv leveransen: hva som skal settes i produksjon.',
  },
  'bestilling.bestiltAv': {
    title: 'Bestilt av',
    description: 'Personen som bestilte leveransen.',
    help: 'Søk etter navnet og velg personen fra katalogen.',
  },
  'bestilling.bestillerEnhet': {
    title: 'Bestillende enhet',
    description: 'Helseforetaket eller enheten bestillingen kommer fra.',
    placeholder: 'F.eks. St. Olavs hospital, Klinikk for medisin',
  },
  'bestilling.referanse': {
    title: 'Bestillings- eller prosjektreferanse',
    placeholder: 'F.eks. PRJ-2041 eller saksnummer',
  },
  'bestilling.formal': {
    title: 'Formål og bruk',
    description: 'Hva tjenesten skal brukes til, og av hvem.',
  },
  'bestilling.leveransetype': {
    title: 'Type leveranse',
    options: {
      'ny-tjeneste': 'Ny tjeneste',
      'ny-versjon': 'Ny versjon',
      endring: 'Endring',
    },
  },
  'bestilling.planlagtProduksjonsdato': {
    title: 'Planlagt produksjonssetting',
    description: 'Datoen leveransen etter planen settes i produksjon.',
  },

  designfase: {
    title: 'Designfase',
    description:
      'Leveransen plasseres i et systemeierområde, og tjenesten og fagansvarlig avklares.',
  },
  'designfase.systemeierOmrade': {
    title: 'Systemeierområde',
    placeholder: 'F.eks. Klinisk dokumentasjon',
  },
  'designfase.tjeneste': {
    title: 'Tjeneste',
    description: 'Tjenesten i katalogen som leveransen gjelder.',
    help: 'Søk etter navnet og velg tjenesten fra katalogen.',
  },
  'designfase.fagansvarlig': {
    title: 'Fagansvarlig',
    description: 'Fagansvarlig for tjenesten. Godkjenner overleveringen.',
  },
  'designfase.tjenesteutvikler': {
    title: 'Tjenesteutvikler',
    description: 'Tjenesteutvikler for tjenesten. Godkjenner overleveringen.',
  },
  'designfase.seksjonsleder': {
    title: 'Seksjonsleder tjenesten',
    description:
      'Seksjonslederen som har ansvar for tjenesten. Godkjenner overleveringen.',
  },
  'designfase.systemeier': {
    title: 'Systemeier',
  },
  'designfase.arkitekturdokumentasjon': {
    title: 'Arkitektur- og designdokumentasjon',
    description: 'Lenke til arkitektur- eller designdokumentasjonen.',
    placeholder: 'https://',
  },
  'designfase.rosGjennomfort': {
    title: 'Risiko- og sårbarhetsanalyse (ROS) gjennomført?',
    explanation: 'Hvor ligger analysen, eller hvorfor er den ikke gjort?',
  },
  'designfase.dpiaGjennomfort': {
    title: 'Personvernkonsekvensvurdering (DPIA) gjennomført?',
    explanation: 'Hvor ligger vurderingen, eller hvorfor er den ikke gjort?',
  },
  'designfase.personopplysninger': {
    title: 'Behandles person- eller helseopplysninger?',
    explanation: 'Hvilke opplysninger, og hvordan de er beskyttet.',
  },

  etablering: {
    title: 'Etablering av tjenesten',
    description:
      'Løsningen dokumenteres, og eventuelt delt driftsansvar avklares.',
  },
  'etablering.losningsdokumentasjon': {
    title: 'Løsningsdokumentasjon',
    description: 'Lenker til dokumentasjonen av løsningen.',
  },
  'etablering.losningsdokumentasjon.tittel': { title: 'Dokument' },
  'etablering.losningsdokumentasjon.url': {
    title: 'Lenke',
    placeholder: 'https://',
  },
  'etablering.driftsdokumentasjon': {
    title: 'Driftsdokumentasjon (driftshåndbok)',
    description: 'Lenke til driftshåndboken eller rutinene for drift.',
    placeholder: 'https://',
  },
  'etablering.deltDriftsansvar': {
    title: 'Delt driftsansvar?',
    explanation: 'Hvordan er ansvaret fordelt?',
  },
  'etablering.deltDriftsansvarMed': {
    title: 'Driftsansvaret deles med',
    placeholder: 'F.eks. leverandør eller annen seksjon',
  },
  'etablering.leverandor': { title: 'Leverandør' },
  'etablering.supportavtale': {
    title: 'Support- og vedlikeholdsavtale',
    description: 'Avtale, responstider og hvordan leverandøren kontaktes.',
  },
  'etablering.miljoer': {
    title: 'Miljøer',
    description: 'Miljøene som er etablert for tjenesten.',
    options: {
      produksjon: 'Produksjon',
      test: 'Test',
      kvalitetssikring: 'Kvalitetssikring',
      opplaering: 'Opplæring',
      utvikling: 'Utvikling',
    },
  },
  'etablering.tilgangsroller': {
    title: 'Tilgangsroller',
    description:
      'Rollene Tilgangsadministrasjon skal tildele, og hvem som kan få dem.',
  },
  'etablering.integrasjoner': {
    title: 'Integrasjoner',
    description: 'Systemer tjenesten utveksler data med, og hvordan.',
  },
  'etablering.servere': {
    title: 'Servere og infrastruktur',
    description: 'Servere, databaser og annen infrastruktur tjenesten trenger.',
  },
  'etablering.nettverksbehov': {
    title: 'Nettverksbehov',
    description: 'Brannmuråpninger og andre behov i nettverket.',
  },
  'etablering.klientprogramvare': {
    title: 'Klientprogramvare',
    description: 'Programvare Lokalservice må installere på klientene.',
  },

  driftskostnader: {
    title: 'Driftskostnader',
    description:
      'Kostnader som vil påløpe i drift, slik at de blir tatt med i tjenestens budsjett.',
  },
  'driftskostnader.kostnader': {
    title: 'Kostnadslinjer',
    description: 'Én linje per kostnad. Beløp i norske kroner (NOK) eks. mva.',
  },
  'driftskostnader.kostnader.beskrivelse': { title: 'Beskrivelse' },
  'driftskostnader.kostnader.kategori': {
    title: 'Kategori',
    options: {
      lisens: 'Lisens',
      drift: 'Drift',
      support: 'Support',
      infrastruktur: 'Infrastruktur',
      annet: 'Annet',
    },
  },
  'driftskostnader.kostnader.belop': { title: 'Beløp (NOK)' },
  'driftskostnader.kostnader.periode': {
    title: 'Periode',
    options: {
      engangs: 'Engangs',
      maanedlig: 'Per måned',
      aarlig: 'Per år',
    },
  },
  'driftskostnader.kostnader.koststed': { title: 'Koststed' },
  'driftskostnader.dekketIBudsjett': {
    title: 'Dekket i tjenestens budsjett?',
    explanation: 'Kommentar til budsjettet',
  },

  produksjonssetting: {
    title: 'Forberede produksjonssetting',
    description:
      'De siste forberedelsene før produksjon: varsling, fravik, restanser og kjente feil.',
  },
  'produksjonssetting.varsling': {
    title: 'Er varsling satt opp?',
    explanation: 'Hvor og hvordan varsles det?',
  },
  'produksjonssetting.overvaking': {
    title: 'Overvåking',
    description: 'Hva overvåkes, og hvor.',
  },
  'produksjonssetting.fravik': {
    title: 'Fravik',
    description:
      'Avvik fra krav eller standarder som er godkjent for denne leveransen.',
  },
  'produksjonssetting.fravik.beskrivelse': { title: 'Beskrivelse' },
  'produksjonssetting.fravik.begrunnelse': { title: 'Begrunnelse' },
  'produksjonssetting.fravik.godkjentAv': { title: 'Godkjent av' },
  'produksjonssetting.fravik.frist': { title: 'Frist' },
  'produksjonssetting.restanser': {
    title: 'Restanser',
    description: 'Det som gjenstår etter produksjonssetting.',
  },
  'produksjonssetting.restanser.beskrivelse': { title: 'Beskrivelse' },
  'produksjonssetting.restanser.ansvarlig': { title: 'Ansvarlig' },
  'produksjonssetting.restanser.frist': { title: 'Frist' },
  'produksjonssetting.kjenteFeil': {
    title: 'Kjente feil',
    description: 'Feil som er kjent ved produksjonssetting.',
  },
  'produksjonssetting.kjenteFeil.beskrivelse': { title: 'Beskrivelse' },
  'produksjonssetting.kjenteFeil.omgaelse': { title: 'Omgåelse' },
  'produksjonssetting.kjenteFeil.saksreferanse': {
    title: 'Saksreferanse',
    placeholder: 'F.eks. INC0123456',
  },
  'produksjonssetting.produksjonssettingsplan': {
    title: 'Plan for produksjonssetting',
  },
  'produksjonssetting.tilbakerullingsplan': {
    title: 'Plan for tilbakerulling',
    description:
      'Hvordan endringen rulles tilbake hvis produksjonssettingen feiler.',
  },
  'produksjonssetting.hemithjelpOrientert': {
    title: 'Er Hemithjelp orientert?',
    explanation: 'Hvordan, og hva må brukerstøtte vite?',
  },
  'produksjonssetting.kunnskapsartikler': {
    title: 'Kunnskapsartikler',
    description: 'Kunnskapsartikler for brukerstøtte, med lenker.',
  },
  'produksjonssetting.servicedeskOpplaert': {
    title: 'Klar for drift: er servicedesk lært opp?',
    description:
      'Kriterium for å avslutte oppfølgingen etter godkjenning. Et nei kan bekreftes senere i oppfølgingen.',
    explanation: 'Hvem, og når?',
  },
  'produksjonssetting.kunnskapsartiklerPublisert': {
    title: 'Klar for drift: er kunnskapsartiklene publisert?',
    explanation: 'Hvor, eller hva gjenstår?',
  },
  'produksjonssetting.ingenKritiskeFeil': {
    title: 'Klar for drift: er det ingen åpne kritiske kjente feil?',
    explanation: 'Hvilke kritiske feil er åpne, og når lukkes de?',
  },
} satisfies Record<string, FieldText>;

/**
 * A field path that has texts: a section, a field or a column of a list.
 *
 * @public
 */
export type TextKey = keyof typeof nbFields;

const nbDate = dateFormatter(
  new Intl.DateTimeFormat('nb-NO', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
);

export const nbCommon: CommonTexts = {
  yes: 'Ja',
  no: 'Nei',
  answer: 'Svar',
  explanation: 'Forklaring',
  notFilled: 'Ikke utfylt',
  quote: title => `«${title}»`,
  untitled: 'Overlevering uten tittel',
  row: n => `rad ${n}`,
  inRows: (column, list, row) => `«${column}» i «${list}», rad ${row}`,
  yearlyTotal: 'Sum per år (månedlig × 12 + årlig)',
  oneOffTotal: 'Engangskostnader',
  currency: amount => `${formatAmount(amount, 'nb')} kr`,
  formatDate: nbDate,
  document: 'Dokumentet',
  schemaVersion: 'Skjemaversjon',
  messages: {
    required: 'må fylles ut',
    wrongType: expected => `må være ${expected}`,
    types: {
      string: 'tekst',
      number: 'et tall',
      integer: 'et heltall',
      boolean: 'ja eller nei',
      array: 'en liste',
      object: 'et objekt',
    },
    entityRef: 'må være en katalogreferanse som user:default/kari.nordmann',
    yesNo: 'må være et ja/nei-svar med forklaring',
    date: 'må være en dato (ÅÅÅÅ-MM-DD)',
    uri: 'må være en nettadresse (https://…)',
    maxLength: n => `er for lang (høyst ${n} tegn)`,
    maxItems: n => `har for mange rader (høyst ${n})`,
    minimum: n => `må være minst ${n}`,
    maximum: n => `kan være høyst ${n}`,
    oneOf: allowed => `må være en av: ${allowed}`,
    uniqueItems: 'har samme verdi flere ganger',
    unknownField: name => `ukjent felt «${name}»`,
    invalid: 'er ugyldig',
    notObject: 'må være et JSON-objekt',
    tooLarge: maxBytes => `er for stort (høyst ${maxBytes} byte)`,
    tooDeep: maxDepth => `er nøstet for dypt (høyst ${maxDepth} nivåer)`,
    stringTooLong: max => `har en tekst som er for lang (høyst ${max} tegn)`,
    tooManyItems: max => `har en liste med for mange elementer (høyst ${max})`,
    forbiddenKey: key => `inneholder den forbudte nøkkelen «${key}»`,
    notJson: 'inneholder en verdi som ikke er gyldig JSON',
    newerVersion: (version, supported) =>
      `har skjemaversjon ${String(
        version,
      )}, som er nyere enn denne versjonen støtter (${supported})`,
    versionRange: supported => `må være et heltall fra 1 til ${supported}`,
  },
};
