/*
 * The plugin in the production build of the app: which JavaScript the
 * browser loads for the first page, and which more when the user opens
 * /overlevering (the plugin's lazy route chunks), with gzip sizes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { APP_DIST, offlineSession, serveApp, signedInContext } from './app';
import { REPO_ROOT } from './machine';
import type { BundleResults } from './report';

const STATIC_PORT = 3201;

/** Builds the app for production (`backstage-cli package build`). */
export function buildApp(log: (line: string) => void): number {
  log('  building packages/app for production (backstage-cli package build)');
  const started = performance.now();
  const result = spawnSync('npx', ['backstage-cli', 'package', 'build'], {
    cwd: resolve(REPO_ROOT, 'packages/app'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`The app build failed (${result.status})`);
  }
  return (performance.now() - started) / 1000;
}

const gzipOf = (file: string) =>
  gzipSync(readFileSync(file), { level: 6 }).length;

export async function runBundleBench(options: {
  log: (line: string) => void;
}): Promise<BundleResults> {
  const { log } = options;
  // No backend behind it: the page's requests fail, its code loads all the same.
  const noBackend = 'http://localhost:7299';
  const server = await serveApp(STATIC_PORT, noBackend);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await signedInContext(browser, noBackend, offlineSession());
    const page = await context.newPage();
    const base = `http://localhost:${STATIC_PORT}`;
    const loaded: string[] = [];
    page.on('response', response => {
      const url = new URL(response.url());
      if (url.origin === base && url.pathname.endsWith('.js')) {
        loaded.push(url.pathname);
      }
    });
    // The portal's home is the plugin's page; start from the catalog instead.
    await page.goto(`${base}/catalog`, { waitUntil: 'networkidle' });
    const entry = [...new Set(loaded)];
    // Open the plugin's page the way a click in the sidebar does: a client
    // side navigation, so that only what the route needs is fetched.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/overlevering');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    // The plugin's page is there when its header is; then let any further
    // lazy chunk of the page arrive.
    await page.waitForFunction(
      () =>
        /Mine overleveringer/.test(
          document.querySelector('main')?.textContent ?? '',
        ),
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(3000);
    const route = [...new Set(loaded)].filter(p => !entry.includes(p));
    const sizes = (paths: string[]) =>
      paths.map(p => {
        const file = resolve(APP_DIST, `.${p}`);
        return { file: p, bytes: statSync(file).size, gzip: gzipOf(file) };
      });
    const routeChunks = sizes(route);
    const entryChunks = sizes(entry);
    // The plugin's pages are in its lazy chunks, not in the entry: a text
    // only its handover page has must not be in what the first page loads.
    const marker = 'overlevering:unsaved:';
    const pluginInEntry = entry.some(p =>
      readFileSync(resolve(APP_DIST, `.${p}`), 'utf8').includes(marker),
    );
    const result: BundleResults = {
      routeChunks,
      routeGzip: routeChunks.reduce((a, c) => a + c.gzip, 0),
      entryGzip: entryChunks.reduce((a, c) => a + c.gzip, 0),
      pluginInEntry,
    };
    log(
      `  entry ${entry.length} files, ${(result.entryGzip / 1024).toFixed(
        0,
      )} KB gzip; /overlevering adds ${route.length} files, ${(
        result.routeGzip / 1024
      ).toFixed(1)} KB gzip`,
    );
    for (const c of routeChunks.sort((a, b) => b.gzip - a.gzip)) {
      log(`    ${c.file} ${(c.gzip / 1024).toFixed(1)} KB gzip`);
    }
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}
