import {
  escapeMarkdown,
  SCHEMA_VERSION,
  toMarkdown,
  type Locale,
} from '@hemit/overlevering-form-schema';
import {
  OPERATIONS_INFO_FIELDS,
  type OperationsInfoTopic,
  type ServiceOperationsInfo,
} from '@hemit/plugin-overlevering-common';

interface Texts {
  heading(p: { service: string }): string;
  source(p: { title: string; approvedAt: string }): string;
  sourceFromList(p: { title: string; approvedAt: string }): string;
  link: string;
  topics: Record<OperationsInfoTopic, string>;
  dateTime: Intl.DateTimeFormat;
}

// The service desk reads its times in Norwegian time, as every handover tells them.
const TIME_ZONE = 'Europe/Oslo';

const TEXTS: Record<Locale, Texts> = {
  nb: {
    heading: p => `Driftsinformasjon: ${p.service}`,
    source: p =>
      `Fra overleveringen «${p.title}», godkjent ${p.approvedAt}. En nyere godkjent overlevering av tjenesten erstatter denne.`,
    sourceFromList: p =>
      `Fra overleveringen «${p.title}», godkjent i den gamle SharePoint-listen (sist endret der ${p.approvedAt}). En nyere godkjent overlevering av tjenesten erstatter denne.`,
    link: 'Se overleveringen',
    topics: {
      contacts: 'Kontaktpunkter',
      escalation: 'Eskalering',
      monitoring: 'Varsling og overvåking',
      knownErrors: 'Kjente feil og omgåelser',
      outstandingItems: 'Restanser',
      deviations: 'Fravik',
      serviceDesk: 'Brukerstøtte',
      documentation: 'Driftshåndbok og dokumentasjon',
    },
    dateTime: new Intl.DateTimeFormat('nb-NO', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }),
  },
  en: {
    heading: p => `Operations information: ${p.service}`,
    source: p =>
      `From the handover “${p.title}”, approved ${p.approvedAt}. A newer approved handover of the service replaces this one.`,
    sourceFromList: p =>
      `From the handover “${p.title}”, approved in the old SharePoint list (last changed there ${p.approvedAt}). A newer approved handover of the service replaces this one.`,
    link: 'See the handover',
    topics: {
      contacts: 'Contact points',
      escalation: 'Escalation',
      monitoring: 'Alerting and monitoring',
      knownErrors: 'Known errors and workarounds',
      outstandingItems: 'Outstanding items',
      deviations: 'Deviations',
      serviceDesk: 'Service desk',
      documentation: 'Runbook and documentation',
    },
    dateTime: new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    }),
  },
};

/**
 * The answers of the operations information put back where they stand in the
 * form, so the form's own Markdown export writes each field as it writes it
 * in a handover: its label, dates, links with their host, tables of rows,
 * and "not filled in" for what was not answered.
 */
function asDocument(info: ServiceOperationsInfo['info']) {
  const document: Record<string, any> = { schemaVersion: SCHEMA_VERSION };
  for (const [topic, paths] of Object.entries(OPERATIONS_INFO_FIELDS)) {
    const answers = info[topic as OperationsInfoTopic] as Record<
      string,
      unknown
    >;
    for (const path of paths) {
      const [section, field] = path.split('.');
      if (answers[field] !== undefined) {
        document[section] = { ...document[section], [field]: answers[field] };
      }
    }
  }
  return document;
}

/** Whether a field's Markdown is one `- **label:** value` line. */
function isListItem(block: string): boolean {
  return block.startsWith('- ') && !block.includes('\n\n');
}

/**
 * The operations information of a service as Markdown for the service
 * desk's knowledge base, in `locale`: the service and where the information
 * comes from (the handover, when it was approved, a link to it), then one
 * heading per topic. People, groups and services by name; all user text
 * escaped, as in the handover's own export.
 *
 * @internal
 */
export function operationsInfoMarkdown(
  info: ServiceOperationsInfo,
  options: {
    locale: Locale;
    /** The name of a person, group or service. */
    name: (ref: string) => string;
    handoverUrl: string;
  },
): string {
  const texts = TEXTS[options.locale] ?? TEXTS.nb;
  const document = asDocument(info.info);
  const source = info.round === undefined ? texts.sourceFromList : texts.source;
  const out = [
    `# ${escapeMarkdown(
      texts.heading({ service: options.name(info.entityRef) }),
    )}`,
    '',
    `${source({
      title: escapeMarkdown(info.title),
      approvedAt: texts.dateTime.format(new Date(info.approvedAt)),
    })} [${texts.link}](<${options.handoverUrl}>)`,
  ];
  for (const [topic, paths] of Object.entries(OPERATIONS_INFO_FIELDS)) {
    // Field by field, so the fields keep the topic's order, not the form's.
    const blocks = paths.map(path =>
      toMarkdown(document, {
        locale: options.locale,
        entityName: options.name,
        parts: [path],
      })
        .split('\n')
        // The topic's heading stands for the form's section heading.
        .filter(line => !line.startsWith('## '))
        .join('\n')
        .trim(),
    );
    out.push('', `## ${texts.topics[topic as OperationsInfoTopic]}`, '');
    blocks.forEach((block, i) => {
      // `label: value` lines make one list; a table stands apart.
      const oneList = i > 0 && isListItem(blocks[i - 1]) && isListItem(block);
      out.push(...(i === 0 || oneList ? [] : ['']), block);
    });
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
