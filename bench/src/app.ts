/*
 * The production build of packages/app, served the way the app backend
 * serves it: static files, every other path answered with index.html, and
 * the runtime config injected into index.html (here: the bench backend and
 * port), so one build serves any port.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { extname, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { REPO_ROOT } from './machine';

export const APP_DIST = resolve(REPO_ROOT, 'packages/app/dist');

const TYPES: Record<string, string> = {
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const CONFIG_SCRIPT =
  /(<script type="backstage\.io\/config">)([\s\S]*?)(<\/script>)/;

export function serveApp(
  port: number,
  backendBaseUrl: string,
): Promise<Server> {
  const config = [
    {
      context: 'bench',
      data: {
        app: {
          title: 'Overlevering til produksjon',
          baseUrl: `http://localhost:${port}`,
          extensions: [
            {
              'api:app/app-language': {
                config: {
                  defaultLanguage: 'nb',
                  availableLanguages: ['nb', 'en'],
                },
              },
            },
          ],
        },
        organization: { name: 'Hemit' },
        backend: { baseUrl: backendBaseUrl },
        permission: { enabled: true },
      },
    },
  ];
  const index = readFileSync(resolve(APP_DIST, 'index.html'), 'utf8');
  if (!CONFIG_SCRIPT.test(index)) {
    throw new Error('The app build has no config script in index.html');
  }
  const html = index.replace(
    CONFIG_SCRIPT,
    (_m, open, _body, close) => `${open}${JSON.stringify(config)}${close}`,
  );
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = resolve(APP_DIST, `.${path}`);
    if (
      path === '/' ||
      !file.startsWith(`${APP_DIST}/`) ||
      !existsSync(file) ||
      statSync(file).isDirectory() ||
      file.endsWith('index.html')
    ) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(html);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  return new Promise(r => server.listen(port, () => r(server)));
}

/** What the backend's refresh endpoint answers for a signed-in session. */
export interface SessionResponse {
  profile: Record<string, unknown>;
  backstageIdentity: { token: string; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * A browser context whose user already has a session with the portal's
 * sign-in provider: the sign-in page's silent refresh gets the session of
 * a real sign-in (`session`), so the app goes straight in.
 */
export async function signedInContext(
  browser: Browser,
  backendBaseUrl: string,
  session: SessionResponse,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: 'nb-NO',
  });
  await context.route(`${backendBaseUrl}/api/auth/*/refresh*`, route =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: {
        'access-control-allow-origin': new URL(
          route.request().headers().origin ?? 'http://localhost',
        ).origin,
        'access-control-allow-credentials': 'true',
      },
      body: JSON.stringify({
        providerInfo: {
          accessToken: 'bench',
          idToken: 'bench',
          scope: 'openid offline_access profile email User.Read',
          expiresInSeconds: 3600,
        },
        ...session,
      }),
    }),
  );
  return context;
}

/** A session for a build without a backend: a token nobody will check. */
export function offlineSession(): SessionResponse {
  const b64 = (o: object) =>
    Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = `${b64({ alg: 'none' })}.${b64({
    sub: 'user:default/bench.owner',
    ent: ['user:default/bench.owner'],
    exp: Math.floor(Date.now() / 1000) + 3600,
  })}.x`;
  return {
    profile: { displayName: 'bench.owner' },
    backstageIdentity: {
      token,
      expiresInSeconds: 3600,
      identity: {
        type: 'user',
        userEntityRef: 'user:default/bench.owner',
        ownershipEntityRefs: ['user:default/bench.owner'],
      },
    },
  };
}
