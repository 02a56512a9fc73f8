import { screen, waitFor } from '@testing-library/react';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { OverleveringPage } from '../OverleveringPage';
import { ImportPage } from './ImportPage';

jest.setTimeout(60_000);

describe('Importer fra SharePoint, for someone the policy does not let import', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
    portal.signIn(PEOPLE.kari);
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('is not offered on the plugin page', async () => {
    await portal.render(<OverleveringPage />);
    // Once the policy has answered for starting a handover, it has for the
    // import as well.
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Ny overlevering' }),
      ).toBeEnabled(),
    );
    expect(screen.queryByText('Importer fra SharePoint')).toBeNull();
  });

  it('says who may import, and offers no file picker', async () => {
    await portal.render(<ImportPage />);
    expect(
      await screen.findByText(
        'Bare administratorer av portalen kan importere fra SharePoint-listen.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Velg fil')).toBeNull();
  });
});
