import { fireEvent, screen, waitFor } from '@testing-library/react';
import { microsoftAuthApiRef } from '@backstage/core-plugin-api';
import {
  TestApiProvider,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { ProductionSignInPage } from './ProductionSignInPage';

describe('ProductionSignInPage', () => {
  it('offers sign-in with Microsoft and signs in through it', async () => {
    const identity = { id: 'kari.nordmann', token: 'token', identity: {} };
    const microsoftAuth = {
      // No session yet: the check for one finds nothing, the button signs in.
      getBackstageIdentity: jest
        .fn()
        .mockImplementation(async (options?: { instantPopup?: boolean }) =>
          options?.instantPopup ? identity : undefined,
        ),
      getProfile: jest.fn().mockResolvedValue({ email: 'kari@hemit.no' }),
      signOut: jest.fn(),
    };
    const onSignInSuccess = jest.fn();

    await renderInTestApp(
      <TestApiProvider apis={[[microsoftAuthApiRef, microsoftAuth as any]]}>
        <ProductionSignInPage onSignInSuccess={onSignInSuccess} />
      </TestApiProvider>,
      { config: { app: { title: 'Overlevering til produksjon' } } },
    );

    expect(
      await screen.findByText('Logg inn med Hemit-kontoen din'),
    ).toBeInTheDocument();
    expect(screen.getByText('Microsoft')).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: /sign in/i }));
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    expect(microsoftAuth.getBackstageIdentity).toHaveBeenCalledWith({
      optional: true,
    });
    expect(microsoftAuth.getBackstageIdentity).toHaveBeenLastCalledWith({
      instantPopup: true,
    });
  });
});
