import { Route, Routes, useParams } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { NewHandoverButton } from './NewHandoverButton';

jest.setTimeout(60_000);

/** Where "Ny overlevering" leads: the form of the new handover. */
function FormPage() {
  const { id } = useParams();
  return <p>Skjemaet for {id}</p>;
}

describe('Ny overlevering', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  async function openDialog(language: 'nb' | 'en' = 'nb') {
    await portal.render(
      <Routes>
        <Route path="/" element={<NewHandoverButton />} />
        <Route path="/overlevering/h/:id/skjema" element={<FormPage />} />
      </Routes>,
      { language },
    );
    const button = screen.getByRole('button', {
      name: language === 'en' ? 'New handover' : 'Ny overlevering',
    });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    return screen.findByRole('dialog', {
      name: language === 'en' ? 'New handover' : 'Ny overlevering',
    });
  }

  const mine = async () =>
    (await portal.client(PEOPLE.kari).listHandovers({ owner: 'me' })).items;

  it('creates nothing until asked, and nothing when cancelled', async () => {
    const dialog = await openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Tittel/ }),
      'Angret',
    );
    expect(await mine()).toEqual([]);

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Avbryt' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await mine()).toEqual([]);
    expect(screen.queryByText(/^Skjemaet for /)).toBeNull();
  });

  it('asks for a title before it creates anything', async () => {
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Opprett' }),
    );
    expect(
      await within(dialog).findByText('Overleveringen må ha en tittel.'),
    ).toBeInTheDocument();
    // Blanks are no title either.
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Tittel/ }),
      '   ',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Opprett' }),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(await mine()).toEqual([]);
  });

  it('creates the titled draft without a service, and opens its form', async () => {
    const dialog = await openDialog();
    // The title can be typed at once.
    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: /^Tittel/ }),
      ).toHaveFocus(),
    );
    await userEvent.keyboard('  Ny journalløsning {Enter}');

    const form = await screen.findByText(/^Skjemaet for /);
    const [created] = await mine();
    expect(form).toHaveTextContent(`Skjemaet for ${created.id}`);
    expect(created).toMatchObject({
      title: 'Ny journalløsning',
      status: 'draft',
      owner: PEOPLE.kari,
    });
    expect(created.entityRef).toBeUndefined();
  });

  it('leaves the cursor where the person went while the dialog was opening', async () => {
    const dialog = await openDialog();
    // Straight into the service field, before the dialog has finished
    // opening: what is typed stays there.
    const service = within(dialog).getByRole('combobox', {
      name: /^Tjeneste/,
    });
    await userEvent.type(service, 'Pasient');
    await new Promise(resolve => setTimeout(resolve, 600));
    expect(service).toHaveFocus();
    expect(service).toHaveValue('Pasient');
    expect(
      within(dialog).getByRole('textbox', { name: /^Tittel/ }),
    ).toHaveValue('');
  });

  it('fills in what the chosen service tells, as its own page does', async () => {
    const dialog = await openDialog('en');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Pasientflyt 2.0',
    );
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Service (optional)' }),
      'Pasient',
    );
    await userEvent.click(
      await screen.findByRole('option', { name: /Pasientflyt/ }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    await screen.findByText(/^Skjemaet for /);
    const [summary] = await mine();
    const created = await portal.client().getHandover(summary.id);
    expect(created.title).toBe('Pasientflyt 2.0');
    expect(created.entityRef).toBe('component:default/pasientflyt');
    expect(created.document.designfase).toEqual({
      tjeneste: 'component:default/pasientflyt',
      systemeier: 'group:default/team-pasientflyt',
    });
  });
});
