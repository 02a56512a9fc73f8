import { expect, test } from '@playwright/test';
import {
  actAs,
  apiAs,
  decideRound,
  openDecision,
  people,
  prepareDraft,
  save,
  sectionButton,
  type HandoverJson,
} from './portal';

interface RoundJson {
  number: number;
  seats: { role: string; status: string }[];
}

test('the owner rewrites Hemithjelp’s knowledge articles while fixing Server’s rejection: Hemithjelp is asked again and sees what changed', async ({
  browser,
}) => {
  const title = `Endret etter godkjenning ${Date.now()}`;
  const draft = await prepareDraft(title);
  const owner = await apiAs(people.owner);
  await owner.post(`/handovers/${draft.id}/submit`, {
    revision: draft.revision,
    optionalRoles: ['server'],
  });
  // Every fixed seat approves, Hemithjelp among them; Server rejects.
  await decideRound(draft.id, 1, {
    server: { decision: 'reject', comment: 'Mangler databaseserveren.' },
  });

  // Fixing Server's point, the owner also rewrites the knowledge articles.
  const kari = await actAs(browser, people.owner);
  await kari.goto(`/overlevering/h/${draft.id}/skjema`);
  await sectionButton(kari, 'Etablering av tjenesten').click();
  await kari
    .getByRole('textbox', { name: /^Servere og infrastruktur/ })
    .fill('To Linux-servere og databaseserveren pf-db-p01.');
  await sectionButton(kari, 'Forberede produksjonssetting').click();
  await kari
    .getByRole('textbox', { name: /^Kunnskapsartikler/ })
    .fill('KB0012003 Pasientflyt – ny innlogging med BankID.');
  await save(kari);

  // The dialog says before sending: Hemithjelp is asked again, and why.
  await sectionButton(kari, 'Godkjenning').click();
  await kari.getByRole('button', { name: 'Send til godkjenning …' }).click();
  const dialog = kari.getByRole('dialog');
  const goesTo = dialog.getByRole('list', { name: 'Denne runden går til' });
  await expect(goesTo.getByRole('listitem')).toHaveCount(2);
  await expect(goesTo).toContainText('avslo i runde 1');
  await expect(goesTo).toContainText(
    'Spørres igjen fordi «Kunnskapsartikler» er endret siden godkjenningen i runde 1',
  );
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(kari).toHaveURL(new RegExp(`/overlevering/h/${draft.id}$`));
  const after = await owner.get<HandoverJson & { rounds: RoundJson[] }>(
    `/handovers/${draft.id}`,
  );
  expect(after.rounds[1].seats.map(s => s.role).sort()).toEqual([
    'hemithjelp',
    'server',
  ]);

  // Hemithjelp sees exactly what changed in its part, and approves again.
  const hanne = await actAs(browser, people.hemithjelp);
  await hanne.goto('/');
  await openDecision(hanne, title);
  const changes = hanne.getByRole('region', {
    name: 'Endret i din del siden du godkjente i runde 1',
  });
  const table = changes.getByRole('table');
  await expect(table).toContainText('KB0012002 Pasientflyt – feilsøking.');
  await expect(table).toContainText('KB0012003 Pasientflyt – ny innlogging');
  await expect(changes).not.toContainText('pf-db-p01');
  await hanne.getByRole('button', { name: 'Godkjenn', exact: true }).click();
  await expect(hanne.getByText('Du har godkjent.')).toBeVisible();
});
