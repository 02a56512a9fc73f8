import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  type Absence,
  absenceProblems,
  type CreateAbsenceRequest,
  isAbsenceActive,
  type MyAbsences,
  normalizeUserRef,
  overleveringPagePath,
} from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import type { AbsenceRecord, AbsenceStore } from '../database/AbsenceStore';
import { absenceTexts } from './absenceTexts';
import type { Caller } from './Caller';
import type { EntityNames } from './EntityNames';

/**
 * Absences and deputies: a person registers when they are away and who
 * decides their person seats meanwhile; the deputy is told. Who is who comes
 * from the credentials only.
 *
 * @internal
 */
export class AbsenceService {
  constructor(
    private readonly deps: {
      store: AbsenceStore;
      catalog: CatalogService;
      auth: AuthService;
      names: EntityNames;
      notifications: Pick<NotificationService, 'send'>;
      logger: LoggerService;
      /** The language notifications are written in. */
      language: Locale;
      /** Where the app mounts the plugin's pages, e.g. `/overlevering`. */
      frontendPath: string;
      now?: () => Date;
    },
  ) {}

  async mine(caller: Caller): Promise<MyAbsences> {
    const { mine, deputyFor } = await this.deps.store.listFor(caller.userRef);
    return {
      mine: mine.map(this.toAbsence),
      deputyFor: deputyFor.map(this.toAbsence),
    };
  }

  async create(
    caller: Caller,
    request: CreateAbsenceRequest,
  ): Promise<Absence> {
    const texts = absenceTexts(caller.locale);
    const deputy = normalizeUserRef(request.deputy);
    if (!deputy || !(await this.isUser(deputy))) {
      throw new InputError(
        `${texts.refused}: ${texts.deputyUnknown({ deputy: request.deputy })}`,
      );
    }
    const record = await this.deps.store.create({
      person: caller.userRef,
      deputy,
      from: request.from,
      to: request.to,
      refuse: (known, now) => {
        const problems = absenceProblems(
          {
            person: caller.userRef,
            deputy,
            from: request.from,
            to: request.to,
          },
          { now, known },
        );
        if (problems.length) {
          throw new InputError(
            `${texts.refused}: ${problems
              .map(p => texts.problem[p])
              .join('; ')}`,
          );
        }
      },
    });
    await this.tellDeputy(record);
    return this.toAbsence(record);
  }

  async end(caller: Caller, id: string): Promise<Absence> {
    return this.toAbsence(
      await this.deps.store.end({ id, person: caller.userRef }),
    );
  }

  /** The people whose person seats `userRef` decides right now. */
  standsInFor(userRef: string): Promise<string[]> {
    return this.deps.store.standsInFor(userRef);
  }

  private readonly toAbsence = (record: AbsenceRecord): Absence => ({
    id: record.id,
    person: record.person,
    deputy: record.deputy,
    from: record.from,
    to: record.to,
    createdAt: record.createdAt,
    ...(record.endedAt ? { endedAt: record.endedAt } : {}),
    active: isAbsenceActive(record, (this.deps.now ?? (() => new Date()))()),
  });

  /**
   * The deputy hears that they stand in, for when, and where the seats
   * wait. The absence stands whether or not the notification goes out.
   */
  private async tellDeputy(record: AbsenceRecord): Promise<void> {
    const texts = absenceTexts(this.deps.language);
    try {
      const person = await this.deps.names.of(record.person);
      await this.deps.notifications.send({
        recipients: { type: 'entity', entityRef: record.deputy },
        payload: {
          ...texts.deputyNamed({
            person,
            from: texts.day(record.from),
            to: texts.day(record.to),
          }),
          link: `${this.deps.frontendPath}${overleveringPagePath('approvals')}`,
          topic: 'overlevering',
          scope: `overlevering:absence:${record.id}`,
        },
      });
    } catch (error) {
      this.deps.logger.warn(
        `The deputy of absence ${record.id} could not be told: ${error}`,
      );
    }
  }

  private async isUser(ref: string): Promise<boolean> {
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: [ref], fields: ['kind', 'metadata.name'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return items[0]?.kind.toLocaleLowerCase('en-US') === 'user';
  }
}
