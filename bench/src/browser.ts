/*
 * In Chromium, against the production build of the app (served on 3200) and
 * the bench backend (7200):
 *
 * - live update: an approver's decision (POST) returns; how long until the
 *   owner's open handover page shows the seat as approved, without reload;
 * - the form: a keystroke in a cost line of a long document (50 cost lines,
 *   30 errors from a refused save on screen) until the yearly total shown
 *   under the rows has the new value and the browser has painted.
 *
 * A production build has no development sign-in page, so the browser gets
 * the signed-in user's real token the way the sign-in would give it: on
 * every request to the backend and on the signals WebSocket.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULT_APPROVER_ROLES } from '@hemit/plugin-overlevering-common';
import type { Generated } from './data/generate';
import { BENCH_USERS } from './data/org';
import { serveApp, signedInContext } from './app';
import { APP_PORT, signIn, signInSession, signInWithGroups } from './portal';
import type { BrowserResults } from './report';
import { exampleDocument } from './validate';

async function signedInPage(
  browser: Browser,
  backend: string,
  user: string,
): Promise<Page> {
  const context = await signedInContext(
    browser,
    backend,
    await signInSession(backend, user),
  );
  return context.newPage();
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(
      sorted[
        Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
      ],
    );
  return {
    p50: at(50),
    p95: at(95),
    max: Math.round(sorted[sorted.length - 1]),
  };
}

export async function runBrowserBench(options: {
  backend: string;
  data: Generated;
  log: (line: string) => void;
}): Promise<BrowserResults> {
  const { backend, data, log } = options;
  const api = `${backend}/api/overlevering`;
  const server = await serveApp(APP_PORT, backend);
  const app = `http://localhost:${APP_PORT}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const results: BrowserResults = {
    mode: "Production build of packages/app served on port 3200 with the bench backend's config, bench backend on 7200. A production build signs in with Microsoft; the browser's silent sign-in gets the session of a real sign-in of the user (the development sign-in), so the app goes straight in with the user's real token.",
  };
  try {
    results.liveUpdate = await liveUpdate(
      browser,
      backend,
      api,
      app,
      data,
      log,
    );
    results.keystroke = await keystrokes(browser, backend, api, app, log);
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

async function liveUpdate(
  browser: Browser,
  backend: string,
  api: string,
  app: string,
  data: Generated,
  log: (line: string) => void,
): Promise<BrowserResults['liveUpdate']> {
  const approverToken = await signInWithGroups(
    backend,
    BENCH_USERS.approver,
    5,
  );
  const page = await signedInPage(browser, backend, BENCH_USERS.submitter);
  // Loads of the page while decisions are measured: there should be none.
  let reloads = 0;
  let measuring = false;
  page.on('load', () => {
    if (measuring) reloads += 1;
  });
  // Seats kept for the browser, grouped by handover.
  const byHandover = new Map<
    string,
    { id: string; round: number; role: string }[]
  >();
  for (const seat of data.browserSeats) {
    const list = byHandover.get(seat.id) ?? [];
    list.push(seat);
    byHandover.set(seat.id, list);
  }
  const handovers = [...byHandover.values()]
    .filter(s => s.length === 4)
    .slice(0, 6);
  const samples: number[] = [];
  // The page's subscriptions on the signals socket, as the browser sends them.
  const subscribed = new Set<string>();
  page.on('websocket', ws =>
    ws.on('framesent', frame => {
      const match = /"channel":"overlevering:handover:([^"]+)"/.exec(
        String(frame.payload),
      );
      if (match && String(frame.payload).includes('"subscribe"'))
        subscribed.add(match[1]);
    }),
  );
  for (const seats of handovers) {
    measuring = false;
    await page.goto(`${app}/overlevering/h/${seats[0].id}`);
    await page
      .getByRole('heading', { name: /Runde 1|Round 1/ })
      .first()
      .waitFor({ timeout: 120_000 });
    // The page listens for changes of this handover before the first decision.
    const deadline = Date.now() + 60_000;
    while (!subscribed.has(seats[0].id) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    if (!subscribed.has(seats[0].id)) {
      throw new Error(
        `The page did not subscribe to the signals of ${seats[0].id}`,
      );
    }
    measuring = true;
    for (const seat of seats) {
      const title = DEFAULT_APPROVER_ROLES.find(r => r.id === seat.role)!.title;
      // The page notes when the seat's row first says approved, then the
      // next frame (painted).
      await page.evaluate(roleTitle => {
        const w = window as any;
        w.__paintedAt = undefined;
        w.__shownAt = undefined;
        const check = () => {
          const row = [...document.querySelectorAll('tr')].find(
            tr =>
              (tr as HTMLTableRowElement).cells[0]?.textContent?.trim() ===
              roleTitle,
          ) as HTMLTableRowElement | undefined;
          if (
            row &&
            /Godkjent|Approved/.test(row.cells[2]?.textContent ?? '')
          ) {
            observer.disconnect();
            w.__shownAt = Date.now();
            requestAnimationFrame(() => {
              w.__paintedAt = Date.now();
            });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }, title);
      const response = await fetch(
        `${api}/handovers/${seat.id}/rounds/${seat.round}/decisions`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${approverToken}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ role: seat.role, decision: 'approve' }),
        },
      );
      const returnedAt = Date.now();
      if (!response.ok) {
        throw new Error(
          `Decision: HTTP ${response.status} ${await response.text()}`,
        );
      }
      const painted = await page.waitForFunction(
        () => (window as any).__paintedAt,
        undefined,
        {
          timeout: 30_000,
          polling: 50,
        },
      );
      const paintedAt = Number(await painted.jsonValue());
      samples.push(Math.max(0, paintedAt - returnedAt));
    }
  }
  const s = stats(samples);
  log(
    `  live update: ${samples.length} decisions, p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms, ${reloads} reloads`,
  );
  await page.context().close();
  return { decisions: samples.length, ...s, reloads };
}

async function keystrokes(
  browser: Browser,
  backend: string,
  api: string,
  app: string,
  log: (line: string) => void,
): Promise<BrowserResults['keystroke']> {
  const token = await signIn(backend, BENCH_USERS.owner);
  const base = exampleDocument() as any;
  const lines = Array.from({ length: 50 }, (_, i) => ({
    beskrivelse: `Kostnadslinje ${i + 1}`,
    kategori: 'drift',
    belop: 1000 + i,
    periode: 'aarlig',
    koststed: '4410',
  }));
  // (Not named `document`: the functions run in the page use the page's.)
  const longDocument = {
    ...base,
    driftskostnader: { ...base.driftskostnader, kostnader: lines },
  };
  const created = await fetch(`${api}/handovers`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ document: longDocument }),
  });
  if (!created.ok)
    throw new Error(`Create: HTTP ${created.status} ${await created.text()}`);
  const handover = (await created.json()) as { id: string; document: any };
  // Unsaved edits kept in the browser from an earlier visit: 30 amounts the
  // schema refuses. The form lays them over the stored document and its
  // autosave is refused with 30 field errors, which the form shows.
  const edited = JSON.parse(JSON.stringify(handover.document));
  for (let i = 0; i < 30; i++) edited.driftskostnader.kostnader[i].belop = -1;
  const page = await signedInPage(browser, backend, BENCH_USERS.owner);
  await page.addInitScript(
    ({ id, edits }) => {
      if (!window.localStorage.getItem(`overlevering:unsaved:${id}`)) {
        window.localStorage.setItem(
          `overlevering:unsaved:${id}`,
          JSON.stringify(edits),
        );
      }
    },
    { id: handover.id, edits: { base: handover.document, document: edited } },
  );
  await page.goto(`${app}/overlevering/h/${handover.id}/skjema`);
  await page
    .getByRole('navigation', { name: 'Seksjoner' })
    .getByRole('button', { name: /^Driftskostnader/ })
    .click({ timeout: 120_000 });
  const field = page.locator('[id="root_kostnader_45_belop"]');
  await field.waitFor({ timeout: 60_000 });
  // Saving the restored edits is refused, and the form shows the errors.
  await page.getByRole('button', { name: /^(Lagre|Save)$/ }).click();
  await page
    .waitForFunction(
      () =>
        document.querySelectorAll('main form [aria-invalid="true"]').length >=
        30,
      undefined,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  const errors = await page.evaluate(
    () => document.querySelectorAll('main form [aria-invalid="true"]').length,
  );
  const totalsText = /Sum per år|Total per year/;
  await page.getByText(totalsText).first().waitFor({ timeout: 60_000 });
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(pattern => {
    const w = window as any;
    w.__samples = [];
    const totals = [...document.querySelectorAll('[role="status"]')].find(e =>
      new RegExp(pattern).test(e.textContent ?? ''),
    )!;
    let last = totals.textContent;
    let pending: number | undefined;
    document.addEventListener(
      'keydown',
      (e: KeyboardEvent) => {
        pending = e.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      if (pending === undefined || totals.textContent === last) return;
      last = totals.textContent;
      const start = pending;
      pending = undefined;
      requestAnimationFrame(() =>
        setTimeout(() => w.__samples.push(performance.now() - start), 0),
      );
    }).observe(totals, { subtree: true, childList: true, characterData: true });
  }, totalsText.source);
  // BENCH_BROWSER_PROFILE=<file>: a CPU profile of the page while typing.
  const profileFile = process.env.BENCH_BROWSER_PROFILE;
  const cdp = profileFile
    ? await page.context().newCDPSession(page)
    : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const count = 40;
  for (let i = 0; i < count; i++) {
    // Type a digit, and every fifth key take one away, as people do.
    await page.keyboard.press(i % 5 === 4 ? 'Backspace' : String((i % 9) + 1));
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(1000);
  if (cdp && profileFile) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  const samples = (await page.evaluate(
    () => (window as any).__samples,
  )) as number[];
  await page.context().close();
  if (samples.length === 0) throw new Error('No keystroke reached the totals');
  const s = stats(samples);
  log(
    `  keystroke: ${samples.length} of ${count} keys, p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms, ${errors} errors shown`,
  );
  return { keystrokes: samples.length, ...s, costLines: 50, errors };
}
