import { countSeats, roundOutcome, statusAfterRound } from './roundOutcome';
import { canWithdraw, isEditable } from './handoverState';

describe('roundOutcome', () => {
  it('stays open while any seat waits', () => {
    expect(roundOutcome(countSeats(['approved', 'rejected', 'pending']))).toBe(
      'open',
    );
  });

  it('is rejected when every seat answered and one rejected', () => {
    const outcome = roundOutcome(countSeats(['approved', 'rejected']));
    expect(outcome).toBe('rejected');
    expect(statusAfterRound(outcome)).toBe('rejected');
  });

  it('is approved when every seat approved; withdrawn seats do not count', () => {
    const counts = countSeats(['approved', 'approved', 'withdrawn']);
    expect(counts).toEqual({ pending: 0, approved: 2, rejected: 0 });
    expect(statusAfterRound(roundOutcome(counts))).toBe('approved');
  });
});

describe('handover state', () => {
  it('lets the owner edit a draft or a rejected handover only', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('rejected')).toBe(true);
    expect(isEditable('in_review')).toBe(false);
    expect(isEditable('approved')).toBe(false);
    expect(isEditable(undefined)).toBe(false);
  });

  it('lets the owner withdraw only an open round', () => {
    expect(canWithdraw('in_review')).toBe(true);
    expect(canWithdraw('rejected')).toBe(false);
  });
});
