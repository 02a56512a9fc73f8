import { screen } from '@testing-library/react';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { identityApiRef } from '@backstage/frontend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { handoverImportPermission } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from './api';
import { PEOPLE, TestPortal } from './__testUtils__/testPortal';
import overleveringPlugin from './alpha';

jest.setTimeout(60_000);

describe('the new-frontend-system plugin', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('serves "Mine overleveringer" at /overlevering', async () => {
    await portal.draft({ bestilling: { tittel: 'Ny PACS' } });
    await portal.draft({ bestilling: { tittel: 'Ikke min' } }, PEOPLE.ola);
    renderTestApp({
      features: [overleveringPlugin],
      initialRouteEntries: ['/overlevering'],
      apis: [
        [overleveringApiRef, portal.client()],
        [identityApiRef, mockApis.identity({ userEntityRef: portal.user })],
        // Not an administrator: no notice about the roles (an app without
        // the catalog plugin could not link its groups).
        [
          permissionApiRef,
          mockApis.permission({
            authorize: request =>
              request.permission.name === handoverImportPermission.name
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          }),
        ],
      ],
    });
    // The page is loaded lazily, as in an app.
    expect(
      await screen.findByText('Ny PACS', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Ikke min')).toBeNull();
    expect(screen.getByText('Godkjenninger')).toBeInTheDocument();
    // One header: the page's own, with its tabs, not the app's page header
    // ("Overlevering") above it.
    expect(screen.queryByRole('heading', { name: 'Overlevering' })).toBeNull();
    expect(
      screen.getAllByRole('heading', { name: 'Overlevering til produksjon' }),
    ).toHaveLength(1);
  });
});
