import { SignInPage } from '@backstage/core-components';
import { microsoftAuthApiRef } from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { forgettingOnSignOut } from './forgettingOnSignOut';

/** Hemit's accounts in Microsoft Entra ID (auth.providers.microsoft). */
export const microsoftProvider = {
  id: 'microsoft-auth-provider',
  title: 'Microsoft',
  message: 'Logg inn med Hemit-kontoen din',
  apiRef: microsoftAuthApiRef,
};

/**
 * The sign-in page of production builds: Microsoft Entra ID. A browser that
 * already has a session goes straight in; otherwise the user presses the
 * button, which opens Microsoft's sign-in.
 */
export function ProductionSignInPage(props: SignInPageProps) {
  return (
    <SignInPage
      onSignInSuccess={identity =>
        props.onSignInSuccess(forgettingOnSignOut(identity))
      }
      provider={microsoftProvider}
    />
  );
}
