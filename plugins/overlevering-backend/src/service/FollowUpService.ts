import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import {
  canExtendFollowUp,
  exitCriteria,
  FOLLOW_UP_ROLE,
  handOverRefusal,
  isCalendarDate,
  type ConfirmFollowUpRequest,
  type ExtendFollowUpRequest,
  type Handover,
  type HandOverRefusal,
  type HandOverRequest,
} from '@hemit/plugin-overlevering-common';
import type { HandoverStore } from '../database/HandoverStore';
import type { Caller } from './Caller';
import type { OverleveringConfig } from './config';
import type { HandoverService } from './HandoverService';
import type { OutboxWorker } from './OutboxWorker';

const REFUSALS: Record<HandOverRefusal, string> = {
  notInFollowUp: 'The handover is not in follow-up',
  ownerNotConfirmed: 'The delivery owner has not confirmed the follow-up',
  criteriaNotMet:
    'Not every exit criterion is met; extend the follow-up with a reason instead',
};

/**
 * The follow-up after approval ("Overlevert til drift"): the owner and
 * Hemithjelp confirm it, and Hemithjelp closes it as handed over to
 * operations or extends it with a reason. Reads go through the handover
 * service, so whoever may not read the handover finds nothing.
 *
 * @internal
 */
export class FollowUpService {
  constructor(
    private readonly deps: {
      store: HandoverStore;
      handovers: Pick<HandoverService, 'get'>;
      config: OverleveringConfig;
      outbox: Pick<OutboxWorker, 'deliverSoon'>;
    },
  ) {}

  /** The owner and/or a member of Hemithjelp confirm, with what is now met. */
  async confirm(
    caller: Caller,
    id: string,
    request: ConfirmFollowUpRequest,
  ): Promise<Handover> {
    const handover = await this.inFollowUp(caller, id);
    const as: ('owner' | 'hemithjelp')[] = [
      ...(handover.owner === caller.userRef ? ['owner' as const] : []),
      ...(this.isHemithjelp(caller) ? ['hemithjelp' as const] : []),
    ];
    if (as.length === 0) {
      throw new NotAllowedError(
        'Only the delivery owner and Hemithjelp confirm the follow-up',
      );
    }
    await this.deps.store.confirmFollowUp({
      id,
      as,
      met: request.met ?? [],
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return this.deps.handovers.get(caller, id);
  }

  /** Hemithjelp closes the follow-up as "Overlevert til drift". */
  async handOver(
    caller: Caller,
    id: string,
    request: HandOverRequest,
  ): Promise<Handover> {
    const handover = await this.inFollowUp(caller, id);
    this.assertHemithjelp(caller);
    const followUp = handover.followUp!;
    const refusal = handOverRefusal(
      followUp,
      exitCriteria(handover.document, handover.conditions, followUp.met),
    );
    if (refusal) {
      throw new ConflictError(REFUSALS[refusal]);
    }
    await this.deps.store.handOver({
      id,
      comment: request.comment?.trim() || undefined,
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return this.deps.handovers.get(caller, id);
  }

  /** Hemithjelp extends the follow-up to a later day, with a reason. */
  async extend(
    caller: Caller,
    id: string,
    request: ExtendFollowUpRequest,
  ): Promise<Handover> {
    const reason = request.reason.trim();
    if (!isCalendarDate(request.until) || !reason) {
      throw new InputError(
        'until: a real date, and reason: why the follow-up goes on',
      );
    }
    const handover = await this.inFollowUp(caller, id);
    this.assertHemithjelp(caller);
    const followUp = handover.followUp!;
    if (!canExtendFollowUp(followUp, request.until, reason)) {
      throw new InputError(
        `until: the follow-up ends on ${followUp.endsOn}; extend it to a later day`,
      );
    }
    await this.deps.store.extendFollowUp({
      id,
      expectedEndsOn: followUp.endsOn,
      until: request.until,
      reason,
      actor: caller.userRef,
    });
    this.deps.outbox.deliverSoon();
    return this.deps.handovers.get(caller, id);
  }

  /** The handover if the caller may read it and it is in follow-up. */
  private async inFollowUp(caller: Caller, id: string): Promise<Handover> {
    const handover = await this.deps.handovers.get(caller, id);
    if (handover.followUp?.phase !== 'follow_up') {
      throw new ConflictError(REFUSALS.notInFollowUp);
    }
    return handover;
  }

  /** Whether the caller holds Hemithjelp's seat, through its group. */
  private isHemithjelp(caller: Caller): boolean {
    const role = this.deps.config.approverRoles.find(
      r => r.id === FOLLOW_UP_ROLE,
    );
    return Boolean(role?.group && caller.holderRefs.includes(role.group));
  }

  private assertHemithjelp(caller: Caller): void {
    if (!this.isHemithjelp(caller)) {
      throw new NotAllowedError(
        'Only Hemithjelp closes or extends the follow-up',
      );
    }
  }
}
