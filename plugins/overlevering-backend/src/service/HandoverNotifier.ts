import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  handoverSignalChannel,
  HandoverSignal,
  HandoverStatus,
  OVERLEVERING_USER_SIGNAL_CHANNEL,
  Round,
} from '@hemit/plugin-overlevering-common';

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
  constructor(
    private readonly notifications: NotificationService,
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
  ) {}

  /** Each seat of a newly opened round hears of it (groups reach members). */
  async roundOpened(handover: NotifiedHandover, round: Round): Promise<void> {
    await this.safely(() =>
      this.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: unique(round.assignments.map(a => a.approver)),
        },
        payload: {
          title: `Overlevering til godkjenning: ${label(handover)}`,
          description: `Godkjenningsrunde ${round.number} venter på ditt svar.${
            round.message ? ` ${round.message}` : ''
          }`,
          link: link(handover.id),
          topic: 'overlevering',
          scope: seatScope(handover.id, round.number),
        },
      }),
    );
  }

  /** The seats of a withdrawn round see their notification updated. */
  async roundWithdrawn(
    handover: NotifiedHandover,
    round: Round,
  ): Promise<void> {
    await this.safely(() =>
      this.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: unique(round.assignments.map(a => a.approver)),
        },
        payload: {
          title: `Overlevering trukket: ${label(handover)}`,
          description: `Godkjenningsrunde ${round.number} ble trukket tilbake.`,
          link: link(handover.id),
          topic: 'overlevering',
          severity: 'low',
          scope: seatScope(handover.id, round.number),
        },
      }),
    );
  }

  /** A new owner hears that the handover is now theirs. */
  async ownerChanged(handover: NotifiedHandover, from: string): Promise<void> {
    await this.safely(() =>
      this.notifications.send({
        recipients: { type: 'entity', entityRef: handover.owner },
        payload: {
          title: `Du er nå leveranseansvarlig: ${label(handover)}`,
          description: `Overleveringen ble overført til deg fra ${from}.`,
          link: link(handover.id),
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
      roleTitle: string;
      decision: 'approve' | 'reject';
      comment?: string;
    },
    closed: boolean,
  ): Promise<void> {
    let payload: { title: string; description: string } | undefined;
    if (closed) {
      payload =
        round.status === 'approved'
          ? {
              title: `Overlevering godkjent: ${label(handover)}`,
              description: `Alle godkjennere har godkjent i runde ${round.number}.`,
            }
          : {
              title: `Overlevering avslått: ${label(handover)}`,
              description: `Runde ${round.number} er avsluttet med ${
                round.assignments.filter(a => a.status === 'rejected').length
              } avslag. Rett opp og send til godkjenning på nytt.`,
            };
    } else if (decision.decision === 'reject') {
      payload = {
        title: `Avslag fra ${decision.roleTitle}: ${label(handover)}`,
        description: decision.comment ?? '',
      };
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
          link: link(handover.id),
          topic: 'overlevering',
          severity: closed && round.status === 'approved' ? 'normal' : 'high',
          scope: ownerScope(handover.id, round.number),
        },
      }),
    );
  }

  /**
   * Publishes a change on the handover's channel (to everyone viewing it)
   * and on the user channel of the owner and the seat holders.
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
    await this.safely(() =>
      this.signals.publish<HandoverSignal & Record<string, any>>({
        recipients: { type: 'broadcast' },
        channel: handoverSignalChannel(handover.id),
        message,
      }),
    );
    await this.safely(() =>
      this.signals.publish<HandoverSignal & Record<string, any>>({
        recipients: {
          type: 'user',
          entityRef: unique([handover.owner, ...approvers]),
        },
        channel: OVERLEVERING_USER_SIGNAL_CHANNEL,
        message,
      }),
    );
  }

  private async safely(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.logger.warn(`Could not tell about a handover change: ${error}`);
    }
  }
}

function label(handover: NotifiedHandover): string {
  return handover.title || 'Uten tittel';
}

function link(id: string): string {
  return `/overlevering/${encodeURIComponent(id)}`;
}

/** One notification per handover round to its seats, updated in place. */
function seatScope(id: string, round: number): string {
  return `overlevering:${id}:round:${round}`;
}

/** One notification per handover round to its owner, updated in place. */
function ownerScope(id: string, round: number): string {
  return `overlevering:${id}:round:${round}:owner`;
}

function unique(refs: string[]): string[] {
  return [...new Set(refs)];
}
