import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestPortal } from '../../__testUtils__/testPortal';
import { NewHandoverButton } from './NewHandoverButton';

jest.setTimeout(60_000);

// In a file of its own: permission answers are cached for the whole file.
describe('NewHandoverButton', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('is not offered to someone the policy does not allow to start a handover', async () => {
    await portal.render(<NewHandoverButton />, { canCreate: false });
    const button = screen.getByRole('button', { name: 'Ny overlevering' });
    // Still disabled after the permission answer has arrived.
    await new Promise(resolve => setTimeout(resolve, 200));
    await waitFor(() => expect(button).toBeDisabled());
    // Even a determined click starts nothing.
    await userEvent.click(button, { pointerEventsCheck: 0 });
    const { items } = await portal.client().listHandovers({ owner: 'me' });
    expect(items).toEqual([]);
  });
});
