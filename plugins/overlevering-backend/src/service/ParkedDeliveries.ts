import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { deliveryManagePermission } from '@hemit/plugin-overlevering-common';
import type { OutboxStore, ParkedChange } from '../database/OutboxStore';
import type { HandoverAuthorizer } from '../permissions/authorize';
import type { OutboxWorker } from './OutboxWorker';

/** The most parked changes one answer lists. */
const MAX_LISTED = 200;

/**
 * What an administrator sees of and does with the changes whose delivery
 * was given up on: list them, and send one again once the cause is fixed.
 *
 * @internal
 */
export class ParkedDeliveries {
  constructor(
    private readonly deps: {
      outbox: OutboxStore;
      worker: Pick<OutboxWorker, 'deliverSoon'>;
      authorizer: HandoverAuthorizer;
    },
  ) {}

  async list(credentials: BackstageCredentials): Promise<ParkedChange[]> {
    await this.deps.authorizer.requireBasic(
      deliveryManagePermission,
      credentials,
    );
    return this.deps.outbox.listParked({ limit: MAX_LISTED });
  }

  async retry(credentials: BackstageCredentials, id: string): Promise<void> {
    await this.deps.authorizer.requireBasic(
      deliveryManagePermission,
      credentials,
    );
    if (!(await this.deps.outbox.unpark({ id }))) {
      throw new NotFoundError(`No parked delivery with id ${id}`);
    }
    this.deps.worker.deliverSoon();
  }
}
