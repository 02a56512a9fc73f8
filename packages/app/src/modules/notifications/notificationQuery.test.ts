import { DEFAULT_FILTER, isNarrowed, toQuery } from './notificationQuery';

describe('the query of a filter', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('asks for the first page of unread notifications, newest first, by default', () => {
    expect(toQuery(DEFAULT_FILTER, now)).toEqual({
      limit: 10,
      offset: 0,
      minimumSeverity: 'low',
      sort: 'created',
      sortOrder: 'desc',
      read: false,
    });
  });

  it('turns each view into the read and saved flags the backend filters by', () => {
    expect(toQuery({ ...DEFAULT_FILTER, view: 'read' }, now)).toMatchObject({
      read: true,
    });
    const saved = toQuery({ ...DEFAULT_FILTER, view: 'saved' }, now);
    expect(saved).toMatchObject({ saved: true });
    expect(saved).not.toHaveProperty('read');
    const all = toQuery({ ...DEFAULT_FILTER, view: 'all' }, now);
    expect(all).not.toHaveProperty('read');
    expect(all).not.toHaveProperty('saved');
  });

  it('counts the time windows back from now, and pages by the page size', () => {
    expect(
      toQuery({ ...DEFAULT_FILTER, createdAfter: 'last24h' }, now).createdAfter,
    ).toEqual(new Date('2026-11-25T12:00:00Z'));
    expect(
      toQuery({ ...DEFAULT_FILTER, createdAfter: 'lastWeek' }, now)
        .createdAfter,
    ).toEqual(new Date('2026-11-19T12:00:00Z'));
    expect(
      toQuery(
        { ...DEFAULT_FILTER, page: 2, pageSize: 20, sort: 'oldest' },
        now,
      ),
    ).toMatchObject({ offset: 40, limit: 20, sortOrder: 'asc' });
  });

  it('sends a search only when it has more than blanks', () => {
    expect(
      toQuery({ ...DEFAULT_FILTER, search: '   ' }, now),
    ).not.toHaveProperty('search');
    expect(toQuery({ ...DEFAULT_FILTER, search: ' PACS ' }, now).search).toBe(
      'PACS',
    );
    expect(isNarrowed({ ...DEFAULT_FILTER, search: '   ' })).toBe(false);
    expect(isNarrowed({ ...DEFAULT_FILTER, topic: 'ci' })).toBe(true);
  });
});
