import { formatAmount } from '../amounts/amounts';
import type { TextKey } from './nb';
import { dateFormatter } from './formatDate';
import { CommonTexts, FieldText } from './types';

/** The English translation; typed so that it must have exactly the Norwegian keys. */
export const enFields: Record<TextKey, FieldText> = {
  bestilling: {
    title: 'Order',
    description:
      'Describe what has been ordered, by whom, and what it will be used for.',
  },
  'bestilling.tittel': {
    title: 'Title',
    description: 'A short name of the delivery, as shown in lists.',
    placeholder:
      'E.g. New version of DIPS Arena – medication management module',
  },
  'bestilling.beskrivelse': {
    title: 'What was ordered',
    description: 'Describe the delivery: what goes into production.',
  },
  'bestilling.bestiltAv': {
    title: 'Ordered by',
    description: 'The person who ordered the delivery.',
    help: 'Search for the name and pick the person from the catalog.',
  },
  'bestilling.bestillerEnhet': {
    title: 'Ordering unit',
    description: 'The health trust or unit the order comes from.',
    placeholder: "E.g. St. Olav's hospital, Clinic of medicine",
  },
  'bestilling.referanse': {
    title: 'Order or project reference',
    placeholder: 'E.g. PRJ-2041 or a case number',
  },
  'bestilling.formal': {
    title: 'Purpose and use',
    description: 'What the service will be used for, and by whom.',
  },
  'bestilling.leveransetype': {
    title: 'Type of delivery',
    options: {
      'ny-tjeneste': 'New service',
      'ny-versjon': 'New version',
      endring: 'Change',
    },
  },
  'bestilling.planlagtProduksjonsdato': {
    title: 'Planned go-live',
    description: 'The date the delivery is planned to go into production.',
  },

  designfase: {
    title: 'Design phase',
    description:
      'The delivery is placed in a system-owner area; the service and the subject-matter responsible are settled.',
  },
  'designfase.systemeierOmrade': {
    title: 'System-owner area',
    placeholder: 'E.g. Clinical documentation',
  },
  'designfase.tjeneste': {
    title: 'Service',
    description: 'The service in the catalog this delivery concerns.',
    help: 'Search for the name and pick the service from the catalog.',
  },
  'designfase.fagansvarlig': {
    title: 'Subject-matter responsible (fagansvarlig)',
    description:
      'The subject-matter responsible of the service. Approves the handover.',
  },
  'designfase.tjenesteutvikler': {
    title: 'Service developer (tjenesteutvikler)',
    description: 'The service developer of the service. Approves the handover.',
  },
  'designfase.seksjonsleder': {
    title: 'Section head of the service (seksjonsleder)',
    description:
      'The section head responsible for the service. Approves the handover.',
  },
  'designfase.systemeier': {
    title: 'System owner',
  },
  'designfase.arkitekturdokumentasjon': {
    title: 'Architecture and design documentation',
    description: 'Link to the architecture or design documentation.',
    placeholder: 'https://',
  },
  'designfase.rosGjennomfort': {
    title: 'Risk and vulnerability assessment (ROS) done?',
    explanation: 'Where is the assessment, or why was it not done?',
  },
  'designfase.dpiaGjennomfort': {
    title: 'Data protection impact assessment (DPIA) done?',
    explanation: 'Where is the assessment, or why was it not done?',
  },
  'designfase.personopplysninger': {
    title: 'Are personal or health data processed?',
    explanation: 'Which data, and how they are protected.',
  },

  etablering: {
    title: 'Establishing the service',
    description:
      'The solution is documented, and any shared operational responsibility is settled.',
  },
  'etablering.losningsdokumentasjon': {
    title: 'Solution documentation',
    description: 'Links to the documentation of the solution.',
  },
  'etablering.losningsdokumentasjon.tittel': { title: 'Document' },
  'etablering.losningsdokumentasjon.url': {
    title: 'Link',
    placeholder: 'https://',
  },
  'etablering.driftsdokumentasjon': {
    title: 'Operations documentation (runbook)',
    description: 'Link to the runbook or the operating procedures.',
    placeholder: 'https://',
  },
  'etablering.deltDriftsansvar': {
    title: 'Shared operational responsibility?',
    explanation: 'How is the responsibility split?',
  },
  'etablering.deltDriftsansvarMed': {
    title: 'Responsibility shared with',
    placeholder: 'E.g. the supplier or another section',
  },
  'etablering.leverandor': { title: 'Supplier' },
  'etablering.supportavtale': {
    title: 'Support and maintenance agreement',
    description: 'Agreement, response times and how to reach the supplier.',
  },
  'etablering.miljoer': {
    title: 'Environments',
    description: 'The environments established for the service.',
    options: {
      produksjon: 'Production',
      test: 'Test',
      kvalitetssikring: 'Quality assurance',
      opplaering: 'Training',
      utvikling: 'Development',
    },
  },
  'etablering.tilgangsroller': {
    title: 'Access roles',
    description:
      'The roles Access administration will grant, and who may have them.',
  },
  'etablering.integrasjoner': {
    title: 'Integrations',
    description: 'Systems the service exchanges data with, and how.',
  },
  'etablering.servere': {
    title: 'Servers and infrastructure',
    description:
      'Servers, databases and other infrastructure the service needs.',
  },
  'etablering.nettverksbehov': {
    title: 'Network needs',
    description: 'Firewall openings and other network needs.',
  },
  'etablering.klientprogramvare': {
    title: 'Client software',
    description: 'Software the local IT service must install on the clients.',
  },

  driftskostnader: {
    title: 'Operating costs',
    description:
      'Costs that will arise in operation, so that they are accounted for in the service budget.',
  },
  'driftskostnader.kostnader': {
    title: 'Cost lines',
    description:
      'One line per cost. Amounts in Norwegian kroner (NOK) excluding VAT.',
  },
  'driftskostnader.kostnader.beskrivelse': { title: 'Description' },
  'driftskostnader.kostnader.kategori': {
    title: 'Category',
    options: {
      lisens: 'Licence',
      drift: 'Operations',
      support: 'Support',
      infrastruktur: 'Infrastructure',
      annet: 'Other',
    },
  },
  'driftskostnader.kostnader.belop': { title: 'Amount (NOK)' },
  'driftskostnader.kostnader.periode': {
    title: 'Period',
    options: {
      engangs: 'One-off',
      maanedlig: 'Monthly',
      aarlig: 'Yearly',
    },
  },
  'driftskostnader.kostnader.koststed': { title: 'Cost centre' },
  'driftskostnader.dekketIBudsjett': {
    title: 'Covered in the service budget?',
    explanation: 'Comment on the budget',
  },

  produksjonssetting: {
    title: 'Preparing go-live',
    description:
      'The last preparations before production: alerting, deviations, outstanding items and known errors.',
  },
  'produksjonssetting.varsling': {
    title: 'Is alerting set up?',
    explanation: 'Where and how are alerts sent?',
  },
  'produksjonssetting.overvaking': {
    title: 'Monitoring',
    description: 'What is monitored, and where.',
  },
  'produksjonssetting.fravik': {
    title: 'Deviations (fravik)',
    description:
      'Deviations from requirements or standards approved for this delivery.',
  },
  'produksjonssetting.fravik.beskrivelse': { title: 'Description' },
  'produksjonssetting.fravik.begrunnelse': { title: 'Reason' },
  'produksjonssetting.fravik.godkjentAv': { title: 'Approved by' },
  'produksjonssetting.fravik.frist': { title: 'Deadline' },
  'produksjonssetting.restanser': {
    title: 'Outstanding items (restanser)',
    description: 'What remains to be done after go-live.',
  },
  'produksjonssetting.restanser.beskrivelse': { title: 'Description' },
  'produksjonssetting.restanser.ansvarlig': { title: 'Responsible' },
  'produksjonssetting.restanser.frist': { title: 'Deadline' },
  'produksjonssetting.kjenteFeil': {
    title: 'Known errors',
    description: 'Errors known at go-live.',
  },
  'produksjonssetting.kjenteFeil.beskrivelse': { title: 'Description' },
  'produksjonssetting.kjenteFeil.omgaelse': { title: 'Workaround' },
  'produksjonssetting.kjenteFeil.saksreferanse': {
    title: 'Case reference',
    placeholder: 'E.g. INC0123456',
  },
  'produksjonssetting.produksjonssettingsplan': {
    title: 'Go-live plan',
  },
  'produksjonssetting.tilbakerullingsplan': {
    title: 'Rollback plan',
    description: 'How the change is rolled back if the go-live fails.',
  },
  'produksjonssetting.hemithjelpOrientert': {
    title: 'Is Hemithjelp (service desk) briefed?',
    explanation: 'How, and what must the service desk know?',
  },
  'produksjonssetting.kunnskapsartikler': {
    title: 'Knowledge articles',
    description: 'Knowledge articles for the service desk, with links.',
  },
  'produksjonssetting.servicedeskOpplaert': {
    title: 'Ready for operations: is the service desk trained?',
    description:
      'A criterion for ending the follow-up after approval. A no can be confirmed later in the follow-up.',
    explanation: 'Who, and when?',
  },
  'produksjonssetting.kunnskapsartiklerPublisert': {
    title: 'Ready for operations: are the knowledge articles published?',
    explanation: 'Where, or what remains?',
  },
  'produksjonssetting.ingenKritiskeFeil': {
    title: 'Ready for operations: are there no open critical known errors?',
    explanation: 'Which critical errors are open, and when are they closed?',
  },
};

const enDate = dateFormatter(
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
);

export const enCommon: CommonTexts = {
  yes: 'Yes',
  no: 'No',
  answer: 'Answer',
  explanation: 'Explanation',
  notFilled: 'Not filled in',
  quote: title => `“${title}”`,
  untitled: 'Untitled handover',
  row: n => `row ${n}`,
  inRows: (column, list, row) => `“${column}” in “${list}”, row ${row}`,
  yearlyTotal: 'Total per year (monthly × 12 + yearly)',
  oneOffTotal: 'One-off costs',
  currency: amount => `NOK ${formatAmount(amount, 'en')}`,
  formatDate: enDate,
  document: 'The document',
  schemaVersion: 'Schema version',
  messages: {
    required: 'is required',
    wrongType: expected => `must be ${expected}`,
    types: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      boolean: 'yes or no',
      array: 'a list',
      object: 'an object',
    },
    entityRef: 'must be a catalog reference such as user:default/kari.nordmann',
    yesNo: 'must be a yes/no answer with an explanation',
    date: 'must be a date (YYYY-MM-DD)',
    uri: 'must be a web address (https://…)',
    maxLength: n => `is too long (at most ${n} characters)`,
    maxItems: n => `has too many rows (at most ${n})`,
    minimum: n => `must be at least ${n}`,
    maximum: n => `must be at most ${n}`,
    oneOf: allowed => `must be one of: ${allowed}`,
    uniqueItems: 'has the same value more than once',
    unknownField: name => `unknown field “${name}”`,
    invalid: 'is invalid',
    notObject: 'must be a JSON object',
    tooLarge: maxBytes => `is too large (at most ${maxBytes} bytes)`,
    tooDeep: maxDepth => `is nested too deeply (at most ${maxDepth} levels)`,
    stringTooLong: max =>
      `has a text that is too long (at most ${max} characters)`,
    tooManyItems: max => `has a list with too many items (at most ${max})`,
    forbiddenKey: key => `contains the forbidden key “${key}”`,
    notJson: 'contains a value that is not valid JSON',
    newerVersion: (version, supported) =>
      `has schema version ${String(
        version,
      )}, newer than this version supports (${supported})`,
    versionRange: supported => `must be a whole number from 1 to ${supported}`,
  },
};
