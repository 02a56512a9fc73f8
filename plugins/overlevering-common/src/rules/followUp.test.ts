import {
  canExtendFollowUp,
  exitCriteria,
  followUpEndDate,
  followUpEnded,
  handOverRefusal,
} from './followUp';

const yes = { svar: true };

describe('early-life follow-up', () => {
  it('ends 30 days after the planned go-live date, or after the approval without one', () => {
    const approvedAt = new Date('2026-12-01T10:00:00Z');
    expect(
      followUpEndDate({
        document: { bestilling: { planlagtProduksjonsdato: '2026-12-15' } },
        approvedAt,
      }),
    ).toBe('2027-01-14');
    expect(followUpEndDate({ document: {}, approvedAt })).toBe('2026-12-31');
    // Approved late in the evening in Oslo: that Oslo day counts.
    expect(
      followUpEndDate({
        document: { bestilling: { planlagtProduksjonsdato: 'snart' } },
        approvedAt: new Date('2026-11-30T23:30:00Z'),
        days: 10,
      }),
    ).toBe('2026-12-11');
  });

  it('is over when its last day has passed in Oslo', () => {
    expect(followUpEnded('2027-01-14', new Date('2027-01-14T22:30:00Z'))).toBe(
      false,
    );
    expect(followUpEnded('2027-01-14', new Date('2027-01-14T23:30:00Z'))).toBe(
      true,
    );
  });

  it('reads the exit criteria from the form and the open conditions', () => {
    const document = {
      produksjonssetting: {
        servicedeskOpplaert: yes,
        kunnskapsartiklerPublisert: { svar: false, forklaring: 'KB-2' },
        ingenKritiskeFeil: yes,
      },
    };
    expect(exitCriteria(document, [{ status: 'open' }])).toEqual([
      { id: 'servicedeskTrained', met: true },
      { id: 'knowledgeArticlesPublished', met: false },
      { id: 'noOpenCriticalErrors', met: true },
      { id: 'conditionsClosed', met: false },
    ]);
    expect(exitCriteria({}, undefined).map(c => c.met)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    // Confirmed during the follow-up, though the form said no.
    expect(
      exitCriteria(
        document,
        [{ status: 'closed' }],
        ['knowledgeArticlesPublished'],
      ).every(c => c.met),
    ).toBe(true);
  });

  it('is handed over only in follow-up, confirmed by the owner, with every criterion met', () => {
    const met = [{ id: 'servicedeskTrained' as const, met: true }];
    const unmet = [{ id: 'conditionsClosed' as const, met: false }];
    const confirmed = {
      phase: 'follow_up' as const,
      ownerConfirmedAt: '2027-01-15T08:00:00Z',
    };
    expect(handOverRefusal(confirmed, met)).toBeUndefined();
    expect(handOverRefusal(confirmed, unmet)).toBe('criteriaNotMet');
    expect(handOverRefusal({ phase: 'follow_up' }, met)).toBe(
      'ownerNotConfirmed',
    );
    expect(handOverRefusal({ ...confirmed, phase: 'handed_over' }, met)).toBe(
      'notInFollowUp',
    );
    expect(handOverRefusal(undefined, met)).toBe('notInFollowUp');
  });

  it('is extended only to a later day, with a reason', () => {
    const followUp = { phase: 'follow_up' as const, endsOn: '2027-01-14' };
    expect(canExtendFollowUp(followUp, '2027-02-01', 'KB-2 mangler')).toBe(
      true,
    );
    expect(canExtendFollowUp(followUp, '2027-01-14', 'KB-2 mangler')).toBe(
      false,
    );
    expect(canExtendFollowUp(followUp, '2027-02-01', '  ')).toBe(false);
    expect(
      canExtendFollowUp(
        { ...followUp, phase: 'handed_over' },
        '2027-02-01',
        'x',
      ),
    ).toBe(false);
  });
});
