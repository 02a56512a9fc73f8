import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestPortal } from '../../__testUtils__/testPortal';
import { NewHandoverButton } from './NewHandoverButton';

jest.setTimeout(60_000);

// The service of a new handover is picked among the kinds the backend takes
// (overlevering.serviceKinds): here only systems, so the component
// Pasientflyt is not offered.
describe('Ny overlevering with only systems as services', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start({
      config: { overlevering: { serviceKinds: ['System'] } },
    });
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('offers no component as the service', async () => {
    await portal.render(
      <Routes>
        <Route path="/" element={<NewHandoverButton />} />
      </Routes>,
    );
    const button = screen.getByRole('button', { name: 'Ny overlevering' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', {
      name: 'Ny overlevering',
    });

    // The dialog is ready once it has put the cursor in the title.
    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: /^Tittel/ }),
      ).toHaveFocus(),
    );
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: /^Tjeneste/ }),
      'Pasient',
    );
    // The search waits for a pause in the typing, then asks the catalog,
    // which takes a while on a busy machine.
    expect(
      await screen.findByText(
        'Ingen treff i katalogen',
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Pasientflyt/ })).toBeNull();
  });
});
