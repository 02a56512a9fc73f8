import type { HandoverStatus } from '../types';
import {
  canDiscard,
  canWithdraw,
  isEditable,
  STATUSES_LISTED_ONLY_ON_REQUEST,
} from './handoverState';

const ALL: HandoverStatus[] = [
  'draft',
  'in_review',
  'rejected',
  'approved',
  'discarded',
];

describe('what the owner may do in each status', () => {
  it.each([
    // status, edit, withdraw, discard
    ['draft', true, false, true],
    ['in_review', false, true, false],
    ['rejected', true, false, true],
    ['approved', false, false, false],
    ['discarded', false, false, false],
  ] as const)('%s', (status, edit, withdraw, discard) => {
    expect({
      edit: isEditable(status),
      withdraw: canWithdraw(status),
      discard: canDiscard(status),
    }).toEqual({ edit, withdraw, discard });
  });

  it('allows nothing before the status is known', () => {
    expect([
      isEditable(undefined),
      canWithdraw(undefined),
      canDiscard(undefined),
    ]).toEqual([false, false, false]);
  });

  it('leaves only discarded handovers out of the lists by default', () => {
    expect(
      ALL.filter(s => STATUSES_LISTED_ONLY_ON_REQUEST.includes(s)),
    ).toEqual(['discarded']);
  });
});
