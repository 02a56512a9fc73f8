import { screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
import { renderWithBackend } from '../../__testUtils__/renderWithBackend';
import { NewHandoverButton } from './NewHandoverButton';

const server = setupServer();
registerMswTestHooks(server);

// In a file of its own: permission answers are cached for the whole file.
describe('NewHandoverButton', () => {
  it('is not offered to someone the policy does not allow to start a handover', async () => {
    const backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
    await renderWithBackend(<NewHandoverButton />, {
      backend,
      canCreate: false,
    });
    const button = screen.getByRole('button', { name: 'Ny overlevering' });
    // Still disabled after the permission answer has arrived.
    await new Promise(resolve => setTimeout(resolve, 200));
    await waitFor(() => expect(button).toBeDisabled());
  });
});
