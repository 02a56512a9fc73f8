import { mockServices } from '@backstage/backend-test-utils';
import type {
  HandoverChange,
  OutboxItem,
  OutboxStore,
} from '../database/OutboxStore';
import type { HandoverNotifier } from './HandoverNotifier';
import { OutboxWorker } from './OutboxWorker';

// A busy backend keeps telling: the changes of different handovers go out
// side by side, so one slow message does not hold up the others, while the
// changes of one handover still arrive in the order they were made.
describe('OutboxWorker', () => {
  const change = (handoverId: string, type: 'saved' | 'deleted') =>
    ({
      type,
      handover: {
        id: handoverId,
        title: handoverId,
        owner: 'user:default/kari',
        status: 'draft',
        revision: 1,
      },
      readers: [],
    } as HandoverChange);

  function outboxOf(items: OutboxItem[]) {
    let claimed = false;
    const delivered: string[] = [];
    const outbox = {
      claimDue: async () => {
        if (claimed) return [];
        claimed = true;
        return items;
      },
      delivered: async (done: OutboxItem[]) => {
        delivered.push(...done.map(item => item.id));
      },
      failed: async () => {},
    } as unknown as OutboxStore;
    return { outbox, delivered };
  }

  const item = (id: string, c: HandoverChange): OutboxItem => ({
    id,
    change: c,
    done: [],
    attempts: 0,
    claim: 'claim-1',
  });

  it("tells other handovers' changes while one is slow, and one handover's in order", async () => {
    const sent: string[] = [];
    let releaseSlow = () => {};
    const slow = new Promise<void>(resolve => {
      releaseSlow = resolve;
    });
    const notifier = {
      deliveriesOf: (c: HandoverChange) => [
        {
          key: `signal:${c.handover.id}:${c.type}`,
          send: async () => {
            if (c.handover.id === 'a' && c.type === 'saved') {
              await slow;
            }
            sent.push(`${c.handover.id} ${c.type}`);
            if (c.handover.id === 'b') {
              releaseSlow();
            }
          },
        },
      ],
    } as unknown as HandoverNotifier;
    const { outbox, delivered } = outboxOf([
      item('1', change('a', 'saved')),
      item('2', change('a', 'deleted')),
      item('3', change('b', 'saved')),
    ]);
    const worker = new OutboxWorker({
      outbox,
      notifier,
      logger: mockServices.logger.mock(),
      maxAttempts: 3,
    });

    await worker.deliverDue();

    // b went out while a's first message waited; a's two kept their order.
    expect(sent).toEqual(['b saved', 'a saved', 'a deleted']);
    expect([...delivered].sort()).toEqual(['1', '2', '3']);
  });

  it('keeps a change whose message failed for its next attempt, and removes the rest', async () => {
    const failed: string[] = [];
    const notifier = {
      deliveriesOf: (c: HandoverChange) => [
        {
          key: `signal:${c.handover.id}`,
          send: async () => {
            if (c.handover.id === 'a') throw new Error('signals down');
          },
        },
      ],
    } as unknown as HandoverNotifier;
    const { outbox, delivered } = outboxOf([
      item('1', change('a', 'saved')),
      item('2', change('b', 'saved')),
    ]);
    (outbox as any).failed = async (i: OutboxItem) => {
      failed.push(i.id);
    };
    const worker = new OutboxWorker({
      outbox,
      notifier,
      logger: mockServices.logger.mock(),
      maxAttempts: 3,
    });

    await worker.deliverDue();

    expect(failed).toEqual(['1']);
    expect(delivered).toEqual(['2']);
  });
});
