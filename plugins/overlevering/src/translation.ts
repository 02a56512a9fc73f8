import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/core-plugin-api/alpha';

/** The plugin's texts in bokmål, the default language. */
const BOKMAL = {
  // The language the texts are in, so dates and the form follow the texts.
  languageCode: 'nb',
  pageTitle: 'Overlevering til produksjon',
  pageSubtitle: 'Fra prosjekt til drift',
  tabs: {
    mine: 'Mine overleveringer',
    approvals: 'Godkjenninger',
  },
  absences: {
    title: 'Fravær og stedfortreder',
    intro:
      'Når du er borte, kan en stedfortreder godkjenne eller avslå godkjenningene som er dine personlig, på dine vegne. Godkjenninger en gruppe har, trenger ingen stedfortreder: de andre i gruppen svarer.',
    deputy: 'Stedfortreder',
    from: 'Første dag',
    to: 'Siste dag',
    register: 'Registrer fravær',
    incomplete: 'Velg stedfortreder, første og siste dag.',
    registered: 'Fraværet er registrert, og stedfortrederen er varslet.',
    ended: 'Fraværet er avsluttet.',
    mine: 'Mitt fravær',
    noneMine: 'Du har ikke registrert fravær.',
    deputyFor: 'Du er stedfortreder for',
    noneDeputyFor: 'Ingen har valgt deg som stedfortreder.',
    period: '{{from}} – {{to}}',
    active: 'Pågår nå',
    upcoming: 'Kommer',
    deputyIs: 'Stedfortreder: ',
    endNow: 'Avslutt nå',
    onBehalfOf: 'på vegne av {{name}}',
  },
  defaultRoles: {
    title: 'Portalen godkjenner med standardrollene',
    intro:
      'overlevering.approverRoles er ikke satt i konfigurasjonen, så disse rollene godkjenner hver overlevering. Gruppene må finnes i katalogen hos dere; ellers venter rundene på grupper uten medlemmer.',
    listLabel: 'Standardrollene',
    optional: 'valgfri',
    group: 'medlemmene i gruppen',
    field: 'personen i feltet «{{field}}»',
    howTo:
      'Knytt rollene til organisasjonens grupper under overlevering.approverRoles i app-config.yaml, for eksempel:',
    snippetLabel: 'Eksempel på konfigurasjon',
  },
  status: {
    draft: 'Utkast',
    in_review: 'Til godkjenning',
    rejected: 'Avslått — må rettes',
    approved: 'Godkjent',
    discarded: 'Forkastet',
  },
  roundStatus: {
    open: 'Venter på svar',
    approved: 'Godkjent',
    rejected: 'Avslått',
    withdrawn: 'Trukket',
  },
  seatStatus: {
    pending: 'Venter',
    approved: 'Godkjent',
    rejected: 'Avslått',
    withdrawn: 'Trukket',
  },
  common: {
    newHandover: 'Ny overlevering',
    untitled: '(uten tittel)',
    cancel: 'Avbryt',
    close: 'Lukk',
    service: 'Tjeneste',
    owner: 'Leveranseansvarlig',
    lastChanged: 'Sist endret',
    title: 'Tittel',
    round: 'Runde {{number}}',
    tally: '{{approved}} godkjent, {{rejected}} avslått, {{pending}} venter',
    forbidden: 'Du har ikke tilgang til dette.',
    notFound: 'Fant ikke overleveringen.',
  },
  list: {
    title: 'Mine overleveringer',
    empty: 'Du har ingen overleveringer ennå.',
    emptyFiltered: 'Ingen overleveringer passer søket.',
    search: 'Søk i tittel',
    statusFilter: 'Status',
    allStatuses: 'Alle',
    approvalState: 'Godkjenning',
    noRound: 'Ikke sendt',
    next: 'Neste side',
    previous: 'Forrige side',
    pageLabel: 'Side {{page}}',
  },
  form: {
    steps: 'Seksjoner',
    progress: '{{filled}} av {{total}} felt utfylt',
    save: 'Lagre',
    saving: 'Lagrer …',
    saved: 'Lagret',
    unsaved: 'Ikke lagret',
    saveFailed:
      'Lagring feilet. Endringene er tatt vare på i nettleseren og sendes igjen når du skriver videre eller trykker Lagre.',
    saveRefused: 'Ikke lagret: {{problems}}. Alt annet er lagret.',
    previousStep: 'Forrige seksjon',
    nextStep: 'Neste seksjon',
    toApproval: 'Til godkjenning',
    readOnlyInReview:
      'Skjemaet er låst mens godkjenningsrunden pågår. Trekk runden for å endre det.',
    readOnlyApproved: 'Overleveringen er godkjent og kan ikke endres.',
    conflictTitle: 'Noen andre har endret overleveringen',
    conflictText:
      'Endringene dine er ikke lagret, men de er tatt vare på i nettleseren. Last inn den nyeste versjonen; det du har skrevet legges over den, og du kan lagre igjen.',
    conflictReload: 'Last inn nyeste og behold mine endringer',
    restoredDraft:
      'Ulagrede endringer fra forrige gang er hentet fram og lagres nå.',
    requiredOnSubmit: 'Må fylles ut før innsending',
    requiredLegend: '* må fylles ut før innsending',
    approvalStep: 'Godkjenning',
    approvalStepText:
      'Når skjemaet er klart, sender du overleveringen til godkjenning.',
    openSubmit: 'Send til godkjenning …',
    viewHandover: 'Vis overleveringen',
    pickerNoOptions: 'Ingen treff i katalogen',
    yearlyTotal: 'Sum per år',
    oneOffTotal: 'Engangskostnader',
  },
  formControls: {
    addItem: 'Legg til rad',
    add: 'Legg til',
    remove: 'Fjern',
    copy: 'Kopier',
    moveUp: 'Flytt opp',
    moveDown: 'Flytt ned',
    yes: 'Ja',
    no: 'Nei',
    errors: 'Feil',
    item: 'Rad',
    selectDate: 'Velg en dato',
    now: 'Nå',
    clear: 'Tøm',
    close: 'Lukk',
  },
  submit: {
    title: 'Send til godkjenning',
    fixedSeats: 'Faste godkjennere',
    optionalSeats: 'Valgfrie godkjennere',
    optionalHelp: 'Vurder om disse også skal godkjenne.',
    heldBy: 'Innehas av {{approver}}',
    notFilled: 'Ikke valgt i skjemaet:',
    message: 'Melding til godkjennerne',
    send: 'Send',
    sending: 'Sender …',
    resubmitTitle: 'Denne runden går til',
    reasonRejected: 'avslo i runde {{number}}',
    reasonNew: 'ny valgfri godkjenner',
    reasonNotAnswered: 'har ikke svart ennå',
    mustAskAgain:
      'Avslo i runde {{number}} og må se rettingen: spørres igjen i denne runden',
    keepsApproval: 'Beholder godkjenningen fra runde {{number}}: {{roles}}',
    errors: 'Overleveringen kan ikke sendes ennå:',
    sent: 'Sendt til godkjenning (runde {{number}}).',
  },
  rejection: {
    title: 'Dette må rettes',
    fromRound:
      'Runde {{number}} ble avslått. Rett det godkjennerne ber om, og send overleveringen på nytt.',
    goTo: 'Gå til {{section}}',
    marker: 'Må rettes',
    seatNotInCatalog: 'Finnes ikke i katalogen. Velg en annen person:',
    groupNotInCatalog:
      'Gruppen finnes ikke i katalogen. Be de som drifter portalen om å rette oppsettet.',
    sendBlocked: 'Kan ikke sendes før alle godkjennerne er kjent:',
    previousChoices: 'Valgene fra forrige runde er krysset av.',
    suggested: 'Foreslått fordi skjemaet beskriver {{fields}}.',
    sendFailed: 'Sendingen mislyktes. Prøv igjen om litt.',
    sendConflict:
      'Overleveringen er endret et annet sted i mellomtiden. Lukk, last inn siden på nytt og send igjen.',
  },
  handover: {
    rounds: 'Godkjenningsrunder',
    noRounds: 'Overleveringen er ikke sendt til godkjenning ennå.',
    seat: 'Godkjennerrolle',
    approver: 'Godkjenner',
    state: 'Status',
    decidedBy: 'Besluttet av',
    decidedAt: 'Tidspunkt',
    comment: 'Kommentar',
    rejectionComments: 'Dette må rettes',
    seatWaitingToday: 'Venter siden i dag',
    seatWaiting_one: 'Venter i {{count}} arbeidsdag',
    seatWaiting_other: 'Venter i {{count}} arbeidsdager',
    nextReminder: 'Påminnelse sendes {{date}}',
    escalatesTo: 'Eskaleres til {{target}} {{date}}',
    escalatedTo: 'Eskalert til {{target}} {{date}}',
    escalationParentGroup: 'gruppen over {{group}}',
    submittedBy: 'Sendt {{when}} av',
    message: 'Melding',
    history: 'Historikk',
    edit: 'Rediger skjema',
    withdraw: 'Trekk runden',
    withdrawConfirm:
      'Runden trekkes, og godkjennere som ikke har svart settes til Trukket. Vil du fortsette?',
    withdrawn: 'Runden er trukket.',
    exportMarkdown: 'Last ned som Markdown',
    print: 'Utskriftsvisning',
    changesSince: 'Endret siden runde {{number}}',
    noChanges: 'Ingen endringer siden runde {{number}}.',
    field: 'Felt',
    removed: 'Før',
    added: 'Nå',
    changedRow: '{{field}}, rad {{number}}',
    event: {
      created: 'Opprettet',
      saved: 'Lagret',
      submitted: 'Sendt til godkjenning',
      decided: 'Beslutning',
      round_closed: 'Runde avsluttet',
      withdrawn: 'Runde trukket',
      owner_changed: 'Ny leveranseansvarlig',
      deleted: 'Slettet',
      discarded: 'Utkast forkastet',
      imported: 'Importert fra SharePoint',
      condition_set: 'Forbehold satt',
      condition_closed: 'Forbehold lukket',
      follow_up_started: 'Driftsoppfølging startet',
      follow_up_confirmed: 'Driftsoppfølging bekreftet',
      follow_up_extended: 'Driftsoppfølging forlenget',
      handed_over: 'Overlevert til drift',
    },
  },
  approvals: {
    title: 'Venter på meg og mine grupper',
    empty: 'Ingen godkjenninger venter på deg.',
    submitted: 'Sendt',
    role: 'Rolle',
    asGroup: 'for {{group}}',
    snapshot: 'Dette godkjenner du (runde {{number}})',
    diffTitle: 'Endret siden du avslo i runde {{number}}',
    approve: 'Godkjenn',
    reject: 'Avslå',
    comment: 'Kommentar',
    commentHelp: 'Skriv hva som må rettes. Påkrevd for å avslå.',
    approved: 'Du har godkjent.',
    rejected: 'Du har avslått.',
    back: 'Tilbake til godkjenninger',
    alreadyDecided:
      'Denne godkjenningen er allerede besluttet eller runden er lukket.',
  },
  decision: {
    summary: 'Kort om leveransen',
    yourSeat: 'Du besvarer for {{role}} · {{round}}',
    service: 'Tjeneste',
    owner: 'Leveranseansvarlig',
    yearlyCost: 'Driftskostnad per år',
    yes: 'Ja',
    no: 'Nei',
    notAnswered: 'Ikke besvart',
    notFilled: 'Ikke utfylt',
    noneRegistered: 'Ingen registrert',
    untitledRow: '(uten beskrivelse)',
    more: '… og {{number}} til',
    ownerMessage: 'Melding fra leveranseansvarlig',
    focus: 'Dette bør du se på',
    focusNoParts:
      'Rollen din har ingen egen del av skjemaet. Se sammendraget over, og hele skjemaet under.',
    wholeForm: 'Vis hele skjemaet (runde {{number}})',
    bar: 'Din beslutning',
    sections: 'Hvis du avslår, gjelder det',
    sectionsHelp: 'Valgfritt. Delene rollen din har ansvar for er krysset av.',
    rejectedSections: 'Avslaget gjelder: {{sections}}',
    decidedFirst:
      '{{name}} har allerede besluttet denne godkjenningen: {{decision}} {{when}}.',
    decidedApproved: 'godkjent',
    decidedRejected: 'avslått',
    theirComment: 'Kommentaren til {{name}}: {{comment}}',
    keptComment: 'Kommentaren din ble ikke sendt',
    keptCommentHelp: 'Du kan kopiere den, for eksempel til leveranseansvarlig.',
    copy: 'Kopier kommentaren',
    copied: 'Kopiert.',
  },
  costs: {
    perYear: 'Per år',
    addLine: 'Legg til kostnadslinje',
    removeLine: 'Fjern linje {{number}}',
    removeLineNamed: 'Fjern linje {{number}}: {{description}}',
    notChosen: 'Velg …',
    choosePeriod: 'Velg periode',
    noLines: 'Ingen kostnadslinjer ennå.',
    amountInvalid:
      'Ikke et beløp. Skriv et tall i kroner, for eksempel 1 200,50. Feltet er ikke lagret.',
  },
  discard: {
    button: 'Forkast',
    confirmTitle: 'Forkaste overleveringen?',
    confirmText:
      'Overleveringen kan ikke lenger endres eller sendes til godkjenning. Den blir ikke slettet: den beholdes med historikken, men vises bare i Mine overleveringer når du velger status Forkastet.',
    confirm: 'Forkast',
    done: 'Overleveringen er forkastet.',
    readOnly: 'Overleveringen er forkastet og kan ikke endres.',
  },
  home: {
    approvalsTab: 'Godkjenninger ({{number}})',
    waiting: '{{number}} venter på deg',
    newHandover: {
      intro:
        'Gi overleveringen en tittel. Tjenesten kan du velge nå eller senere i skjemaet.',
      titleLabel: 'Tittel',
      titleRequired: 'Overleveringen må ha en tittel.',
      service: 'Tjeneste (valgfritt)',
      create: 'Opprett',
      creating: 'Oppretter …',
    },
  },
  entity: {
    title: 'Overlevering',
    cardTitle: 'Overlevering til produksjon',
    empty: 'Ingen overleveringer for denne tjenesten.',
    latest: 'Siste overlevering',
  },
  operationsInfo: {
    cardTitle: 'Driftsinformasjon',
    none: 'Ingen godkjent overlevering ennå.',
    source: 'Fra overleveringen {{handover}}, godkjent {{date}}.',
    sourceFromList:
      'Fra overleveringen {{handover}}, godkjent i den gamle SharePoint-listen (sist endret der {{date}}).',
    download: 'Last ned som Markdown',
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
  },
  history: {
    filter: 'Vis',
    all: 'Alle',
    approvals: 'Beslutninger og runder',
    edits: 'Redigeringer',
    empty: 'Ingenting å vise her ennå.',
    edited: 'Redigert',
    approvedByAll: 'Godkjent av alle {{number}}',
    whoApproved: 'Godkjent av',
  },
  inbox: {
    askedBy: 'Fra',
    plannedDate: 'Planlagt i drift',
    noPlannedDate: 'Ikke satt',
    waiting: 'Ventetid',
    waitingToday: 'venter siden i dag',
    waitingDays_one: 'venter i {{count}} dag',
    waitingDays_other: 'venter i {{count}} dager',
  },
  reapproval: {
    reasonChanged:
      'Spørres igjen fordi {{fields}} er endret siden godkjenningen i runde {{number}}',
    mustAskChanged:
      'Godkjente i runde {{number}}, men {{fields}} er endret siden: spørres igjen i denne runden',
    planning: 'Ser etter hva som er endret siden godkjenningene …',
    reasonNewHolder:
      'Ny innehaver siden runde {{number}}: godkjenningen der var gitt av en annen',
    diffTitle: 'Endret i din del siden du godkjente i runde {{number}}',
    contentChanged:
      'Innholdet er endret siden du åpnet siden, så ingenting er besluttet. Se gjennom det som vises nå, og bestem deg på nytt.',
    selfApproved: 'Godkjent av leveranseansvarlig selv',
    ownHandover: 'Din egen overlevering',
  },
  parked: {
    title: 'Varsler som ikke kom fram',
    intro:
      'Portalen har gitt opp å levere varslene om disse endringene etter mange forsøk. Rett det som stoppet dem (se feilen), og send dem på nytt.',
    handover: 'Overlevering',
    open: 'Åpne',
    what: 'Endring',
    attempts: 'Forsøk',
    lastError: 'Siste feil',
    parkedAt: 'Gitt opp',
    retry: 'Send på nytt',
  },
  import: {
    title: 'Importer fra SharePoint',
    link: 'Importer fra SharePoint',
    intro:
      'Hent overleveringene fra den gamle SharePoint-listen «Overlevering til produksjon». Eksporter listen til Excel eller CSV, med ID-kolonnen, og velg filen her.',
    howItWorks:
      'Hver rad i listen blir én overlevering, med sine datoer og personer. Importerer du listen på nytt, blir ingenting lagt inn to ganger: rader som er endret i listen, blir oppdatert, og resten står som før. En overlevering som er endret i portalen etter importen, blir ikke overskrevet.',
    statuses:
      'Godkjente og avslåtte rader beholder statusen sin. Rader som var til godkjenning, blir utkast, siden godkjenningen må gjøres i portalen.',
    chooseFile: 'Velg fil',
    noFile: 'Ingen fil er valgt.',
    chosenFile: 'Valgt fil: {{name}}',
    tooLarge:
      'Filen er større enn 10 MB. Eksporter færre kolonner, eller del listen i flere filer.',
    dryRun: 'Prøv først (endrer ingenting)',
    run: 'Importer',
    running: 'Leser filen …',
    notAllowed:
      'Bare administratorer av portalen kan importere fra SharePoint-listen.',
    fileRefused: 'Filen kan ikke importeres',
    dryRunSummary:
      'Prøvekjøring, ingenting er endret: {{created}} blir opprettet, {{updated}} blir oppdatert, {{unchanged}} er uendret og {{refused}} blir avvist.',
    summary:
      'Importert: {{created}} opprettet, {{updated}} oppdatert, {{unchanged}} uendret og {{refused}} avvist.',
    fileProblems: 'Om filen',
    report: 'Rad for rad',
    noRows: 'Filen har ingen rader.',
    column: {
      row: 'Linje',
      sharePointId: 'SharePoint-ID',
      title: 'Tittel',
      result: 'Resultat',
      reason: 'Merknad',
    },
    result: {
      created: 'Opprettet',
      updated: 'Oppdatert',
      unchanged: 'Uendret',
      refused: 'Avvist',
    },
    wouldBe: {
      created: 'Blir opprettet',
      updated: 'Blir oppdatert',
      unchanged: 'Uendret',
      refused: 'Blir avvist',
    },
    decidedInList: 'Avgjort i SharePoint-listen',
    noRoundsInPortal:
      'Ingen godkjenningsrunder i portalen: overleveringen ble avgjort i den gamle SharePoint-listen. Se historikken.',
    approvedInList:
      'Godkjent i den gamle SharePoint-listen, før portalen ble tatt i bruk. Se historikken.',
    history: {
      item: 'SharePoint-ID {{id}}',
      listStatus: '{{status}} i listen',
      created: 'opprettet',
      modified: 'sist endret',
      by: 'av',
    },
  },
  phase: {
    follow_up: 'Godkjent – i driftsoppfølging',
    handed_over: 'Overlevert til drift',
  },
  followUp: {
    title: 'Driftsoppfølging',
    inFollowUp: 'I oppfølging til og med {{date}}.',
    ended:
      'Oppfølgingen gikk ut {{date}}. Leveranseansvarlig og Hemithjelp bekrefter; Hemithjelp overleverer til drift eller forlenger.',
    handedOver: 'Overlevert til drift av {{name}} {{date}}.',
    criteria: 'Kriterier for å avslutte',
    criterion: {
      servicedeskTrained: 'Servicedesk er lært opp',
      knowledgeArticlesPublished: 'Kunnskapsartiklene er publisert',
      noOpenCriticalErrors: 'Ingen åpne kritiske kjente feil',
      conditionsClosed: 'Alle forbehold er lukket',
    },
    met: 'Oppfylt',
    notMet: 'Ikke oppfylt',
    ownerConfirmed: 'Leveranseansvarlig bekreftet: {{name}} {{date}}',
    ownerNotConfirmed: 'Leveranseansvarlig har ikke bekreftet ennå.',
    hemithjelpConfirmed: 'Hemithjelp bekreftet: {{name}} {{date}}',
    hemithjelpNotConfirmed: 'Hemithjelp har ikke bekreftet ennå.',
    confirm: 'Bekreft oppfølgingen',
    confirmHelp: 'Kryss av det som nå er oppfylt.',
    handOver: 'Overlevert til drift',
    extend: 'Forleng',
    until: 'Ny siste dag',
    reason: 'Begrunnelse',
    send: 'Forleng oppfølgingen',
    cancel: 'Avbryt',
    extension: 'Forlenget til {{date}} av {{name}}: {{reason}}',
  },
  conditions: {
    approveWith: 'Godkjenn med forbehold',
    legend: 'Forbehold',
    intro:
      'Runden teller godkjenningen som gitt. Hvert forbehold står åpent til den som følger opp, eller du, lukker det.',
    text: 'Hva må gjøres',
    followUp: 'Følges opp av',
    due: 'Frist',
    add: 'Legg til forbehold',
    remove: 'Fjern forbehold {{number}}',
    send: 'Send godkjenning med forbehold',
    cancel: 'Avbryt',
    incomplete:
      'Hvert forbehold trenger en tekst, en person som følger opp og en frist.',
    done: 'Du godkjente med forbehold.',
    title: 'Forbehold',
    open: 'Åpent',
    closed: 'Lukket',
    overdue: 'Over fristen',
    setBy: 'Satt av {{name}} for {{role}}, {{round}}',
    followedUpBy: 'Følges opp av {{name}} · frist {{date}}',
    closedBy: 'Lukket av {{name}} {{date}}',
    close: 'Lukk forbehold',
    closingComment: 'Hvordan forbeholdet er oppfylt',
    closeConfirm: 'Lukk',
  },
} as const;

/**
 * Every text of the plugin, with Norwegian bokmål as the default messages.
 *
 * @alpha
 */
export const overleveringTranslationRef = createTranslationRef({
  id: 'plugin.overlevering',
  messages: BOKMAL,
});

/**
 * The complete English translation, for apps that offer English. Without it
 * the plugin speaks Norwegian bokmål whatever the app's language is, which is
 * what a Norwegian portal with Backstage's default language settings wants.
 *
 * @alpha
 */
export const overleveringTranslations = createTranslationResource({
  ref: overleveringTranslationRef,
  translations: {
    en: () => import('./translations/en'),
    // Backstage files a ref's default messages under English; bokmål needs
    // its own resource, or switching back from English keeps English.
    nb: async () => ({
      default: createTranslationMessages({
        ref: overleveringTranslationRef,
        messages: flattenMessages(BOKMAL),
      }),
    }),
  },
});

/**
 * `{ a: { b: 'x' } }` as `{ 'a.b': 'x' }`, the shape of a translation: for
 * the bokmål resource of a translation ref whose default messages are
 * bokmål (Backstage files default messages under English).
 *
 * @alpha
 */
export function flattenMessages(
  messages: object,
  prefix = '',
): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flattenMessages(value, `${prefix}${key}.`) },
    {},
  );
}
