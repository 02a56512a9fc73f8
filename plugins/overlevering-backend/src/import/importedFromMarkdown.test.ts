import type { HandoverEvent } from '@hemit/plugin-overlevering-common';
import { importedFromMarkdown } from './importedFromMarkdown';

const NAMES: Record<string, string> = {
  'user:default/kari.nordmann': 'Kari Nordmann',
  'user:default/erik.drift': 'Erik Drift',
};
const name = (ref: string) => NAMES[ref] ?? ref;

const imported = (
  at: string,
  data: Record<string, unknown>,
): HandoverEvent => ({
  id: at,
  at,
  actor: 'user:default/erik.drift',
  type: 'imported',
  data,
});

describe('importedFromMarkdown', () => {
  const first = imported('2026-12-01T09:00:00.000Z', {
    sharePointId: 12,
    listStatus: 'approved',
    revision: 1,
    created: {
      at: '2023-01-03T08:15:00.000Z',
      by: { ref: 'user:default/kari.nordmann' },
    },
    modified: {
      at: '2023-03-20T13:02:37.000Z',
      by: { name: 'Gunnar *Gammel*' },
    },
  });

  it('tells where the handover came from, in Norwegian time', () => {
    expect(importedFromMarkdown([first], { locale: 'nb', name })).toBe(
      '## Importert fra SharePoint\n\n' +
        'Overleveringen er hentet fra den gamle SharePoint-listen «Overlevering til produksjon», der den hadde ID 12 og status Godkjent. ' +
        'Opprettet 03.01.2023 09:15 av Kari Nordmann. ' +
        'Sist endret 20.03.2023 14:02 av Gunnar \\*Gammel\\*. ' +
        'Importert til portalen 01.12.2026 10:00 av Erik Drift.\n',
    );
  });

  it('tells it in English, from the latest import', () => {
    const again = imported('2026-12-02T09:00:00.000Z', {
      sharePointId: 12,
      listStatus: 'rejected',
      revision: 2,
      created: {},
      modified: {},
    });
    expect(importedFromMarkdown([first, again], { locale: 'en', name })).toBe(
      '## Imported from SharePoint\n\n' +
        'The handover comes from the old SharePoint list “Overlevering til produksjon”, where it had ID 12 and the status Rejected. ' +
        'Imported into the portal 2 Dec 2026 10:00 by Erik Drift.\n',
    );
  });

  it('says nothing of a handover that was not imported', () => {
    expect(
      importedFromMarkdown(
        [{ ...first, type: 'created', data: { revision: 1 } }],
        { locale: 'nb', name },
      ),
    ).toBe('');
  });
});
