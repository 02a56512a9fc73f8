import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  approverRoleTitle,
  ApproverRole,
  handoverSignalChannel,
  HandoverSignal,
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  overleveringPagePath,
  Round,
  countSeats,
  type Condition,
} from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import type {
  ChangedHandover,
  HandoverChange,
  NotificationPayload,
  StandIn,
} from '../database/OutboxStore';
import { notificationTexts } from './notificationTexts';

/** What the notifier needs to know of a handover. */
export type NotifiedHandover = ChangedHandover;

/**
 * One notification or signal of a change, with the key that names it among
 * the change's messages, so a retry sends only what did not go out.
 *
 * @internal
 */
export interface Delivery {
  key: string;
  send(): Promise<void>;
}

/**
 * Tells people about changes: Backstage notifications to approvers and the
 * owner, and signals so open pages update. Turns a change the outbox kept
 * into its messages; the outbox worker sends them after the change has been
 * committed, and tries again when one fails. A notification that can arrive
 * twice carries a scope, so a second one updates the first in place.
 *
 * @internal
 */
export class HandoverNotifier {
  private readonly texts;

  constructor(
    private readonly notifications: NotificationService,
    private readonly signals: SignalsService,
    private readonly options: {
      /** The language people read notifications in. */
      language: Locale;
      /** Where the app mounts the plugin's pages, e.g. `/overlevering`. */
      frontendPath: string;
      roles: readonly ApproverRole[];
      /** How the catalog names a person, for text that speaks of them. */
      nameOf: (ref: string) => Promise<string>;
    },
  ) {
    this.texts = notificationTexts(options.language);
  }

  /** Every notification and signal a change causes, in the order sent. */
  deliveriesOf(change: HandoverChange): Delivery[] {
    if (change.type === 'reminded') {
      // Decided and worded by the timetable; nothing on the handover changed.
      return change.notifications.map(({ recipients, payload }) => ({
        key: `notification:${recipients.join(',')}:${payload.scope}`,
        send: () =>
          this.notifications.send({
            recipients: { type: 'entity', entityRef: recipients },
            payload,
          }),
      }));
    }
    const { handover } = change;
    const told: Delivery[] = [];
    if (change.type === 'submitted') {
      told.push(
        ...this.roundOpened(handover, change.round),
        ...this.roundOpenedForDeputies(
          handover,
          change.round,
          change.deputies ?? [],
        ),
      );
    } else if (change.type === 'withdrawn') {
      told.push(
        ...this.roundWithdrawn(handover, change.round, change.deputies ?? []),
      );
    } else if (change.type === 'decided' || change.type === 'round_closed') {
      told.push(
        ...this.decided(
          handover,
          change.round,
          change.decision,
          change.type === 'round_closed',
        ),
        ...this.conditionsSet(handover, change.decision),
      );
    } else if (change.type === 'condition_closed') {
      told.push(...this.conditionClosed(handover, change.condition));
    } else if (change.type === 'owner_changed') {
      told.push(this.ownerChanged(handover, change.from));
    } else if (change.type === 'handed_over') {
      // The owner hears that the service is now operations' own.
      told.push(
        this.notification(handover.owner, {
          ...this.texts.handedOver({ title: this.label(handover) }),
          link: this.handoverLink(handover.id),
          topic: 'overlevering',
          scope: `overlevering:${handover.id}:follow-up`,
        }),
      );
    }
    told.push(...this.changed(handover, change.type, change.readers));
    return told;
  }

  /**
   * Each seat of a newly opened round hears of it (a group seat reaches its
   * members), with a link to the page where that seat is decided.
   */
  private roundOpened(handover: NotifiedHandover, round: Round): Delivery[] {
    return round.seats.map(seat => {
      const text = this.texts.roundOpened({
        title: this.label(handover),
        round: round.number,
        role: this.roleTitle(seat.role),
      });
      return this.notification(seat.approver, {
        ...text,
        description: round.message
          ? `${text.description} ${round.message}`
          : text.description,
        link: this.decisionLink(handover.id, round.number, seat.role),
        topic: 'overlevering',
        scope: seatScope(handover.id, round.number, seat.role),
      });
    });
  }

  /**
   * The deputy of an absent seat holder hears of the new round too, with the
   * same decision page, where they answer on the holder's behalf.
   */
  private roundOpenedForDeputies(
    handover: NotifiedHandover,
    round: Round,
    deputies: StandIn[],
  ): Delivery[] {
    return round.seats.flatMap(seat =>
      deputies
        .filter(standIn => standIn.person === seat.approver)
        .map(({ person, deputy }) =>
          this.notificationOf(
            deputy,
            deputyScope(handover.id, round.number, seat.role),
            async () => ({
              ...this.texts.roundOpenedForDeputy({
                title: this.label(handover),
                round: round.number,
                role: this.roleTitle(seat.role),
                person: await this.options.nameOf(person),
              }),
              link: this.decisionLink(handover.id, round.number, seat.role),
              topic: 'overlevering',
            }),
          ),
        ),
    );
  }

  /** The seats of a withdrawn round see their notification updated. */
  private roundWithdrawn(
    handover: NotifiedHandover,
    round: Round,
    deputies: StandIn[],
  ): Delivery[] {
    const payload = (role: string) => ({
      ...this.texts.roundWithdrawn({
        title: this.label(handover),
        round: round.number,
      }),
      link: this.handoverLink(handover.id),
      topic: 'overlevering',
      severity: 'low' as const,
      scope: seatScope(handover.id, round.number, role),
    });
    return round.seats.flatMap(seat => [
      this.notification(seat.approver, payload(seat.role)),
      ...deputies
        .filter(standIn => standIn.person === seat.approver)
        .map(({ deputy }) =>
          this.notification(deputy, {
            ...payload(seat.role),
            scope: deputyScope(handover.id, round.number, seat.role),
          }),
        ),
    ]);
  }

  /** A new owner hears that the handover is now theirs, and from whom. */
  private ownerChanged(handover: NotifiedHandover, from: string): Delivery {
    const recipient = handover.owner;
    return this.notificationOf(
      recipient,
      ownerChangeScope(handover.id, recipient),
      async () => ({
        ...this.texts.ownerChanged({
          title: this.label(handover),
          from: await this.options.nameOf(from),
        }),
        link: this.handoverLink(handover.id),
        topic: 'overlevering',
      }),
    );
  }

  /** The owner hears of each rejection, and of the round's end. */
  private decided(
    handover: NotifiedHandover,
    round: Round,
    decision: {
      role: string;
      decision: 'approve' | 'reject';
      comment?: string;
    },
    closed: boolean,
  ): Delivery[] {
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
      return [];
    }
    return [
      this.notification(handover.owner, {
        ...payload,
        link: this.handoverLink(handover.id),
        topic: 'overlevering',
        severity: closed && round.status === 'approved' ? 'normal' : 'high',
        scope: ownerScope(handover.id, round.number),
      }),
    ];
  }

  /**
   * Whoever follows up a condition of an approval "med forbehold" hears what
   * it is and by when, once per condition.
   */
  private conditionsSet(
    handover: NotifiedHandover,
    decision: { role: string; conditions?: Condition[] },
  ): Delivery[] {
    return (decision.conditions ?? []).map(condition =>
      this.notification(condition.followUp, {
        ...this.texts.conditionSet({
          title: this.label(handover),
          role: this.roleTitle(decision.role),
          text: condition.text,
          due: condition.due,
        }),
        link: this.handoverLink(handover.id),
        topic: 'overlevering',
        scope: `overlevering:${handover.id}:condition:${condition.id}`,
      }),
    );
  }

  /**
   * The owner and the approver who set a condition hear that it was closed,
   * and with what comment; whoever closed it is not told their own act.
   */
  private conditionClosed(
    handover: NotifiedHandover,
    condition: Condition,
  ): Delivery[] {
    const scope = `overlevering:${handover.id}:condition:${condition.id}:closed`;
    const recipients = unique([handover.owner, condition.setBy]).filter(
      ref => ref !== condition.closedBy,
    );
    return recipients.map(recipient =>
      this.notificationOf(recipient, scope, async () => ({
        ...this.texts.conditionClosed({
          title: this.label(handover),
          role: this.roleTitle(condition.role),
          text: condition.text,
          closedBy: await this.options.nameOf(condition.closedBy ?? ''),
          comment: condition.closingComment ?? '',
        }),
        link: this.handoverLink(handover.id),
        topic: 'overlevering',
        severity: 'low',
      })),
    );
  }

  /**
   * Publishes a change on the handover's channel and on the user channel,
   * both to the owner and the seat holders only: the people who may read the
   * handover. A broadcast would tell any websocket, signed in or not, how a
   * handover it guessed the id of is decided.
   */
  private changed(
    handover: NotifiedHandover,
    type: string,
    readers: string[],
  ): Delivery[] {
    const message: HandoverSignal = {
      handoverId: handover.id,
      type,
      status: handover.status,
      revision: handover.revision,
    };
    const recipients = unique([handover.owner, ...readers]);
    return [
      handoverSignalChannel(handover.id),
      OVERLEVERING_USER_SIGNAL_CHANNEL,
    ].map(channel => ({
      key: `signal:${channel}`,
      send: () =>
        this.signals.publish<HandoverSignal & Record<string, any>>({
          recipients: { type: 'user', entityRef: recipients },
          channel,
          message,
        }),
    }));
  }

  /** A notification to one entity, updated in place by its scope. */
  private notification(
    recipient: string,
    payload: NotificationPayload & { scope: string },
  ): Delivery {
    return this.notificationOf(recipient, payload.scope, async () => payload);
  }

  /**
   * A notification to one entity whose words are written when it is sent,
   * such as those that name a person as the catalog does.
   */
  private notificationOf(
    recipient: string,
    scope: string,
    write: () => Promise<NotificationPayload>,
  ): Delivery {
    return {
      key: `notification:${recipient}:${scope}`,
      send: async () =>
        this.notifications.send({
          recipients: { type: 'entity', entityRef: recipient },
          payload: { ...(await write()), scope },
        }),
    };
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
}

/** One notification per seat of a round, updated in place. */
function seatScope(id: string, round: number, role: string): string {
  return `overlevering:${id}:round:${round}:seat:${role}`;
}

/** The deputy's notification of a seat they stand in for, updated in place. */
function deputyScope(id: string, round: number, role: string): string {
  return `${seatScope(id, round, role)}:deputy`;
}

/**
 * One notification to a new owner per handover and owner: a second delivery
 * of it, or a second hand-over to the same person, updates it in place.
 */
function ownerChangeScope(id: string, owner: string): string {
  return `overlevering:${id}:owner:${owner}`;
}

/** One notification per handover round to its owner, updated in place. */
function ownerScope(id: string, round: number): string {
  return `overlevering:${id}:round:${round}:owner`;
}

function unique(refs: string[]): string[] {
  return [...new Set(refs)];
}
