import {
  FOLLOW_UP_ROLE,
  osloDate,
  overleveringPagePath,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import type { FollowUpEndStore } from '../../database/FollowUpEndStore';
import { notificationTexts } from '../notificationTexts';

/**
 * Tells the owner and Hemithjelp when the follow-up after approval is over,
 * so they confirm and Hemithjelp hands the service over to operations or
 * extends the follow-up. Once per period (an extension starts a new one),
 * however many replicas run.
 *
 * @internal
 */
export class FollowUpEndService {
  private readonly texts;

  constructor(
    private readonly deps: {
      store: FollowUpEndStore;
      roles: readonly ApproverRole[];
      /** Sends what was claimed now rather than on the outbox's next beat. */
      outbox?: { deliverSoon(): void };
      language: Locale;
      frontendPath: string;
      clock?: () => Date;
    },
  ) {
    this.texts = notificationTexts(deps.language);
  }

  /** Tells of every follow-up ended since the last run; how many. */
  async run(): Promise<number> {
    const now = this.deps.clock ? this.deps.clock() : new Date();
    const hemithjelp = this.deps.roles.find(
      r => r.id === FOLLOW_UP_ROLE,
    )?.group;
    let told = 0;
    for (const ended of await this.deps.store.listEnded(osloDate(now))) {
      const claimed = await this.deps.store.claim({
        handoverId: ended.handoverId,
        endsOn: ended.endsOn,
        at: now,
        tell: [
          {
            recipients: [ended.owner, ...(hemithjelp ? [hemithjelp] : [])],
            payload: {
              ...this.texts.followUpEnded({
                title: ended.title || this.texts.untitled,
                endsOn: ended.endsOn,
              }),
              link: `${this.deps.frontendPath}${overleveringPagePath(
                'handover',
                { id: ended.handoverId },
              )}`,
              topic: 'overlevering',
              scope: `overlevering:${ended.handoverId}:follow-up:ended`,
            },
          },
        ],
      });
      if (claimed) {
        told += 1;
      }
    }
    if (told > 0) {
      this.deps.outbox?.deliverSoon();
    }
    return told;
  }
}
