import { expect, test } from '@playwright/test';
import {
  actAs,
  apiAs,
  decideRound,
  expectAccessible,
  expectReadableLayout,
  people,
  prepareDraft,
  sectionButton,
  type HandoverJson,
} from './portal';

interface RoundJson {
  number: number;
  seats: { role: string; status: string }[];
}

test('sending again after Server rejected: the dialog asks exactly whom the server will ask', async ({
  browser,
}) => {
  const title = `Ny runde etter avslag ${Date.now()}`;
  const draft = await prepareDraft(title);
  const owner = await apiAs(people.owner);
  await owner.post(`/handovers/${draft.id}/submit`, {
    revision: draft.revision,
    optionalRoles: ['server'],
  });
  // Every fixed seat approves; Server rejects.
  await decideRound(draft.id, 1, {
    server: { decision: 'reject', comment: 'Disken er for liten.' },
  });

  // The owner fixes it and opens "Send til godkjenning" again.
  const kari = await actAs(browser, people.owner);
  await kari.goto(`/overlevering/h/${draft.id}/skjema`);
  // The form says what to fix: Server's comment on top, its section marked.
  const toFix = kari.getByRole('region', { name: 'Dette må rettes' });
  await expect(toFix).toContainText('Disken er for liten.');
  await expect(sectionButton(kari, 'Etablering av tjenesten')).toContainText(
    'Må rettes',
  );
  await expectReadableLayout(kari, 'the form after a rejection');
  await expectAccessible(kari, 'the form after a rejection');
  await sectionButton(kari, 'Godkjenning').click();
  await kari.getByRole('button', { name: 'Send til godkjenning …' }).click();
  const dialog = kari.getByRole('dialog');
  const server = dialog.getByRole('checkbox', { name: 'Server' });
  // Server rejected, so it must see the correction: ticked, and not hers to untick.
  await expect(server).toBeChecked();
  await expect(server).toBeDisabled();
  await expect(server).toHaveAccessibleDescription(
    /Avslo i runde 1 .* spørres igjen/,
  );
  const goesTo = dialog.getByRole('list', { name: 'Denne runden går til' });
  await expect(goesTo.getByRole('listitem')).toHaveCount(1);
  await expect(goesTo).toContainText('Server');
  await expect(goesTo).toContainText('avslo i runde 1');
  await expectAccessible(kari, 'the submit dialog after a rejection');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(kari).toHaveURL(new RegExp(`/overlevering/h/${draft.id}$`));

  // The server opened round 2 for exactly the seat the dialog named.
  const after = await owner.get<HandoverJson & { rounds: RoundJson[] }>(
    `/handovers/${draft.id}`,
  );
  expect(after.rounds[1].seats.map(s => [s.role, s.status])).toEqual([
    ['server', 'pending'],
  ]);
});
