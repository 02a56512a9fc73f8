import { mapSharePointStatus, SHAREPOINT_STATUSES } from './sharePointStatus';

describe('mapSharePointStatus', () => {
  it.each([
    ['Utkast', 'draft'],
    ['Under arbeid', 'draft'],
    ['Trukket', 'draft'],
    ['Sendt til godkjenning', 'in_review'],
    ['Til godkjenning', 'in_review'],
    ['Godkjent', 'approved'],
    ['Avslått', 'rejected'],
    ['Returnert', 'rejected'],
    ['Avslått – må rettes', 'rejected'],
    ['in_review', 'in_review'],
    ['  til  GODKJENNING ', 'in_review'],
  ])('maps the list’s %j to %s', (text, status) => {
    expect(mapSharePointStatus(text)).toBe(status);
  });

  it('knows no other status', () => {
    expect(mapSharePointStatus('Arkivert')).toBeUndefined();
    expect(mapSharePointStatus('På vent')).toBeUndefined();
    expect(mapSharePointStatus('discarded')).toBeUndefined();
    expect(mapSharePointStatus('')).toBeUndefined();
  });

  it('maps every status of its table', () => {
    for (const [text, status] of Object.entries(SHAREPOINT_STATUSES)) {
      expect(mapSharePointStatus(text)).toBe(status);
    }
  });
});
