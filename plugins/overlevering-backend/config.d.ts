import type { HumanDuration, JsonObject } from '@backstage/types';

export interface Config {
  /** Configuration of the Overlevering til produksjon plugins. */
  overlevering?: {
    form?: {
      /**
       * Dotted document paths that must be filled before a handover can be
       * submitted, e.g. `bestilling.tittel`. None by default.
       * @visibility frontend
       */
      requiredOnSubmit?: string[];
      /**
       * Fields a platform team adds to the form without changing the plugin:
       * per section id, per field key (letters and digits), a JSON Schema
       * fragment of a plain value (`string` with `maxLength`, `pattern`,
       * `format: date | uri` or `enum`; `number` or `integer` with
       * `minimum`/`maximum`; `boolean`; an `array` of string `enum` choices),
       * its words in bokmål and English, and whether it must be filled before
       * submit. The form shows the fields at the end of their section, and the
       * backend validates and exports them. A mistake stops the backend at
       * startup.
       */
      extraFields?: {
        [sectionId: string]: {
          [fieldKey: string]: {
            /** The JSON Schema fragment of the value, e.g. `{ type: string, maxLength: 2000 }`. */
            schema: JsonObject;
            /** The field's name: `{ nb: Backup-rutine, en: Backup routine }`. */
            title?: { nb?: string; en?: string };
            /** A line under the name, in the same two languages. */
            description?: { nb?: string; en?: string };
            /** Labels of `enum` values, by value: `{ natt: { nb: Natt, en: Night } }`. */
            options?: { [value: string]: { nb?: string; en?: string } };
            /** Whether the field must be filled before submit. Default false. */
            requiredOnSubmit?: boolean;
          };
        };
      };
    };
    /**
     * The approver seats. Each role has either a `group` (a group entity ref
     * whose members hold the seat) or a `field` (a dotted document path that
     * holds a user entity ref). Defaults to the ten roles of the user guide.
     * @visibility frontend
     */
    approverRoles?: Array<{
      /**
       * Stable id of the role, e.g. `hemithjelp`.
       * @visibility frontend
       */
      id: string;
      /**
       * Name shown to people, e.g. `Hemithjelp`.
       * @visibility frontend
       */
      title: string;
      /**
       * Name shown to people who read the portal in English, e.g. `Service desk (Hemithjelp)`. Without it they see `title`.
       * @visibility frontend
       */
      titleEn?: string;
      /**
       * `fixed` roles approve every handover; `optional` ones when ticked at submit.
       * @visibility frontend
       */
      kind: 'fixed' | 'optional';
      /**
       * Group entity ref whose members hold the seat.
       * @visibility frontend
       */
      group?: string;
      /**
       * Dotted document path that holds the user entity ref of the seat.
       * @visibility frontend
       */
      field?: string;
      /**
       * The parts of the form this role is expected to check: section ids such as `etablering` or dotted field paths such as `etablering.servere`. The decision page shows them first, and a rejection points at them unless the approver picks other sections.
       * @visibility frontend
       */
      vouchesFor?: string[];
      /**
       * One or two plain sentences in bokmål on what this role is expected to check, shown on the decision page.
       * @visibility frontend
       */
      guidance?: string;
      /**
       * The guidance in English. Without it English readers see `guidance`.
       * @visibility frontend
       */
      guidanceEn?: string;
      /**
       * This role's own reminders, on top of `overlevering.reminders`: any of
       * its fields, or `enabled: false` to never remind this role's seats.
       */
      reminders?: {
        /** False: this role's seats are never reminded nor escalated. */
        enabled?: boolean;
        /** See `overlevering.reminders.remindAfterWorkingDays`. */
        remindAfterWorkingDays?: number;
        /** See `overlevering.reminders.repeatEveryWorkingDays`. */
        repeatEveryWorkingDays?: number;
        /** See `overlevering.reminders.escalateAfterWorkingDays`. */
        escalateAfterWorkingDays?: number;
        /** See `overlevering.reminders.escalateTo`. */
        escalateTo?:
          | { field: string }
          | { group: string }
          | { parentGroup: true };
      };
    }>;
    /**
     * Reminders to seats that wait, and the escalation of those that wait
     * too long, counted in Norwegian working days (weekends and public
     * holidays do not count) from the moment the round opened. Without this
     * block (and without a role's own `reminders`) nobody is reminded.
     */
    reminders?: {
      /** The first reminder, this many working days after the round opened. 0: at the first look. */
      remindAfterWorkingDays: number;
      /** Further reminders every this many working days. Without it, one reminder. */
      repeatEveryWorkingDays?: number;
      /** The escalation, this many working days after the round opened; needs `escalateTo`. */
      escalateAfterWorkingDays?: number;
      /**
       * Whom the escalation goes to, one of: `{ field: designfase.seksjonsleder }`
       * (the person the form names there), `{ group: group:default/name }`,
       * or `{ parentGroup: true }` (the parent group of the seat's group in
       * the catalog; a seat held by a person is then not escalated).
       */
      escalateTo?:
        | { field: string }
        | { group: string }
        | { parentGroup: true };
      /** How often the backend looks for seats to remind: a duration such as `15 minutes`. Default 15 minutes. */
      frequency?: HumanDuration | string;
    };
    /**
     * Whether the owner of a handover may decide a seat they hold (a small
     * team may both own and develop a service). Default true.
     */
    allowSelfApproval?: boolean;
    /** The follow-up after approval, until Hemithjelp closes it as handed over to operations. */
    followUp?: {
      /** How many days after the planned go-live date (or the approval, without one) it lasts. Default 30. */
      days?: number;
    };
    /** The largest page a list returns. Default 100. */
    maxPageSize?: number;
    /**
     * The language of notifications, which are written when nobody's browser
     * is asking: `nb` (bokmål, the default) or `en`. Set it to the portal's
     * default language.
     */
    language?: 'nb' | 'en';
    /**
     * The path where the app mounts the plugin's page, which notifications
     * link below. Default `/overlevering`.
     */
    frontendPath?: string;
    /**
     * The catalog kinds a handover can be for: the kinds a service is
     * modelled as. A handover for any other kind (a person, a group) is
     * refused. Default `[Component, System]`.
     */
    serviceKinds?: string[];
    /**
     * The delivery of notifications and signals. What a change is to tell is
     * stored with the change and sent after it; a delivery that fails is
     * tried again, each wait twice the one before (5 seconds, at most 10
     * minutes).
     */
    outbox?: {
      /**
       * Failed attempts after which a change's delivery is given up on
       * (parked) until an administrator retries it. Default 10, about half an
       * hour.
       */
      maxAttempts?: number;
    };
    /**
     * How often one person may save a document and create handovers, so
     * that no one person can fill the database. The count is kept in the
     * database and holds across replicas; a request over the limit is
     * answered 429 with `Retry-After`.
     */
    limits?: {
      /**
       * Saves of a document, autosave included. Default 60 per minute, 20 at
       * once.
       */
      saves?: {
        /** How many on average per `per`. */
        count?: number;
        /** The period of `count`: a duration such as `1 minute` or `{ hours: 1 }`. */
        per?: HumanDuration | string;
        /** How many at once before the average applies. Default the smaller of `count` and the default's burst. */
        burst?: number;
      };
      /** New handovers. Default 30 per hour, 10 at once. */
      creates?: {
        /** How many on average per `per`. */
        count?: number;
        /** The period of `count`: a duration such as `1 hour` or `{ days: 1 }`. */
        per?: HumanDuration | string;
        /** How many at once before the average applies. */
        burst?: number;
      };
    };
  };
}
