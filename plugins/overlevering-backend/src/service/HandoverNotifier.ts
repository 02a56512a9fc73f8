import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  approverRoleTitle,
  ApproverRole,
  handoverSignalChannel,
  HandoverSignal,
  HandoverStatus,
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  overleveringPagePath,
  Round,
  countSeats,
} from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import { notificationTexts } from './notificationTexts';

/** What the notifier needs to know of a handover. */
export interface NotifiedHandover {
  id: string;
  title: string;
  owner: string;
  status: HandoverStatus;
  revision: number;
}

/**
 * Tells people about changes: Backstage notifications to approvers and the
 * owner, and signals so open pages update. Sent after the change has been
 * committed; a failure here is logged and never undoes or fails the change.
 *
 * @internal
 */
export class HandoverNotifier {
  private readonly texts;

  constructor(
    private readonly notifications: NotificationService,
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
    private readonly options: {
      /** The language people read notifications in. */
      language: Locale;
      /** Where the app mounts the plugin's pages, e.g. `/overlevering`. */
      frontendPath: string;
      roles: readonly ApproverRole[];
    },
  ) {
    this.texts = notificationTexts(options.language);
  }

  /**
   * Each seat of a newly opened round hears of it (a group seat reaches its
   * members), with a link to the page where that seat is decided.
   */
  async roundOpened(handover: NotifiedHandover, round: Round): Promise<void> {
    for (const seat of round.seats) {
      const text = this.texts.roundOpened({
        title: this.label(handover),
        round: round.number,
        role: this.roleTitle(seat.role),
      });
      await this.safely(() =>
        this.notifications.send({
          recipients: { type: 'entity', entityRef: seat.approver },
          payload: {
            ...text,
            description: round.message
              ? `${text.description} ${round.message}`
              : text.description,
            link: this.decisionLink(handover.id, round.number, seat.role),
            topic: 'overlevering',
            scope: seatScope(handover.id, round.number, seat.role),
          },
        }),
      );
    }
  }

  /** The seats of a withdrawn round see their notification updated. */
  async roundWithdrawn(
    handover: NotifiedHandover,
    round: Round,
  ): Promise<void> {
    for (const seat of round.seats) {
      await this.safely(() =>
        this.notifications.send({
          recipients: { type: 'entity', entityRef: seat.approver },
          payload: {
            ...this.texts.roundWithdrawn({
              title: this.label(handover),
              round: round.number,
            }),
            link: this.handoverLink(handover.id),
            topic: 'overlevering',
            severity: 'low',
            scope: seatScope(handover.id, round.number, seat.role),
          },
        }),
      );
    }
  }

  /** A new owner hears that the handover is now theirs, and from whom. */
  async ownerChanged(
    handover: NotifiedHandover,
    fromName: string,
  ): Promise<void> {
    await this.safely(() =>
      this.notifications.send({
        recipients: { type: 'entity', entityRef: handover.owner },
        payload: {
          ...this.texts.ownerChanged({
            title: this.label(handover),
            from: fromName,
          }),
          link: this.handoverLink(handover.id),
          topic: 'overlevering',
        },
      }),
    );
  }

  /** The owner hears of each rejection, and of the round's end. */
  async decided(
    handover: NotifiedHandover,
    round: Round,
    decision: {
      role: string;
      decision: 'approve' | 'reject';
      comment?: string;
    },
    closed: boolean,
  ): Promise<void> {
    let payload: { title: string; description: string } | undefined;
    const title = this.label(handover);
    if (closed) {
      payload =
        round.status === 'approved'
          ? this.texts.roundApproved({ title, round: round.number })
          : this.texts.roundRejected({
              title,
              round: round.number,
              rejections: countSeats(round.seats.map(a => a.status)).rejected,
            });
    } else if (decision.decision === 'reject') {
      payload = this.texts.seatRejected({
        title,
        role: this.roleTitle(decision.role),
        comment: decision.comment ?? '',
      });
    }
    if (!payload) {
      return;
    }
    const content = payload;
    await this.safely(() =>
      this.notifications.send({
        recipients: { type: 'entity', entityRef: handover.owner },
        payload: {
          ...content,
          link: this.handoverLink(handover.id),
          topic: 'overlevering',
          severity: closed && round.status === 'approved' ? 'normal' : 'high',
          scope: ownerScope(handover.id, round.number),
        },
      }),
    );
  }

  /**
   * Publishes a change on the handover's channel and on the user channel,
   * both to the owner and the seat holders only: the people who may read the
   * handover. A broadcast would tell any websocket, signed in or not, how a
   * handover it guessed the id of is decided.
   */
  async changed(
    handover: NotifiedHandover,
    type: string,
    approvers: string[],
  ): Promise<void> {
    const message: HandoverSignal = {
      handoverId: handover.id,
      type,
      status: handover.status,
      revision: handover.revision,
    };
    const readers = unique([handover.owner, ...approvers]);
    await this.safely(() =>
      this.signals.publish<HandoverSignal & Record<string, any>>({
        recipients: { type: 'user', entityRef: readers },
        channel: handoverSignalChannel(handover.id),
        message,
      }),
    );
    await this.safely(() =>
      this.signals.publish<HandoverSignal & Record<string, any>>({
        recipients: { type: 'user', entityRef: readers },
        channel: OVERLEVERING_USER_SIGNAL_CHANNEL,
        message,
      }),
    );
  }

  private label(handover: NotifiedHandover): string {
    return handover.title || this.texts.untitled;
  }

  private roleTitle(id: string): string {
    const role = this.options.roles.find(r => r.id === id);
    return role ? approverRoleTitle(role, this.options.language) : id;
  }

  private handoverLink(id: string): string {
    return `${this.options.frontendPath}${overleveringPagePath('handover', {
      id,
    })}`;
  }

  private decisionLink(id: string, round: number, role: string): string {
    return `${this.options.frontendPath}${overleveringPagePath('decision', {
      id,
      round,
      role,
    })}`;
  }

  private async safely(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.logger.warn(`Could not tell about a handover change: ${error}`);
    }
  }
}

/** One notification per seat of a round, updated in place. */
function seatScope(id: string, round: number, role: string): string {
  return `overlevering:${id}:round:${round}:seat:${role}`;
}

/** One notification per handover round to its owner, updated in place. */
function ownerScope(id: string, round: number): string {
  return `overlevering:${id}:round:${round}:owner`;
}

function unique(refs: string[]): string[] {
  return [...new Set(refs)];
}
