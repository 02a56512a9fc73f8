import { Route, Routes } from 'react-router-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';

jest.setTimeout(60_000);

// A platform team adds a field to Etablering through configuration alone.
const extraFields = {
  etablering: {
    backupRutine: {
      schema: { type: 'string', maxLength: 2000 },
      title: { nb: 'Backup-rutine', en: 'Backup routine' },
      description: {
        nb: 'Hvor ofte det tas backup, og hvor lenge den tas vare på.',
      },
      requiredOnSubmit: true,
    },
  },
};

describe('a form with extra fields', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start({
      config: { overlevering: { form: { extraFields } } },
    });
  });

  afterEach(async () => {
    await portal.stop();
  });

  function renderForm(id: string, language?: 'nb' | 'en') {
    return portal.render(
      <Routes>
        <Route
          path="/overlevering/h/:id/skjema"
          element={<HandoverFormPage autosaveDelayMs={50} />}
        />
      </Routes>,
      { routeEntries: [`/overlevering/h/${id}/skjema`], language },
    );
  }

  it('shows the extra field last in its section, required before submit, and saves what is typed there', async () => {
    const handover = await portal.draft({
      bestilling: { leveransetype: 'ny-versjon' },
    });
    await renderForm(handover.id);

    await userEvent.click(
      await screen.findByRole('button', { name: /^Etablering av tjenesten/ }),
    );
    const field = await screen.findByRole('textbox', {
      name: /^Backup-rutine/,
    });
    expect(field).toBeRequired();
    const inSection = screen
      .getAllByRole('textbox')
      .map(box => box.getAttribute('id'));
    expect(inSection[inSection.length - 1]).toBe('root_backupRutine');
    expect(
      screen.getByText(
        'Hvor ofte det tas backup, og hvor lenge den tas vare på.',
      ),
    ).toBeInTheDocument();

    await userEvent.type(field, 'Hver natt');
    await waitFor(async () =>
      expect(
        (await portal.client(PEOPLE.kari).getHandover(handover.id)).document
          .etablering,
      ).toEqual({ backupRutine: 'Hver natt' }),
    );
  });

  it('names the field in English for English readers', async () => {
    const handover = await portal.draft({});
    await renderForm(handover.id, 'en');
    await userEvent.click(
      await screen.findByRole('button', { name: /^Establishing the service/ }),
    );
    expect(
      await screen.findByRole('textbox', { name: /^Backup routine/ }),
    ).toBeInTheDocument();
  });
});
