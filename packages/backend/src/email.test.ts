import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import {
  BackendProcess,
  signInAs,
  startDevelopmentBackend,
  waitFor,
} from './__testUtils__/backendProcess';

/*
 * Approvers read Outlook: a round that opens reaches each approver by email
 * too, through Backstage's email processor and a real SMTP server started
 * here, with a link to the seat's decision page.
 */

const PORT = 7116;
const LOCAL = `http://127.0.0.1:${PORT}`;
const APP = 'https://portal.hemit.no';

describe('notifications by email', () => {
  jest.setTimeout(240_000);
  let backend: BackendProcess;
  let smtp: SMTPServer;
  const received: ParsedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, done) {
        simpleParser(stream).then(mail => {
          received.push(mail);
          done();
        }, done);
      },
    });
    await new Promise<void>(ok => smtp.listen(0, '127.0.0.1', ok));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    backend = await startDevelopmentBackend(PORT, {
      app: { baseUrl: APP },
      notifications: {
        processors: {
          email: {
            transportConfig: {
              transport: 'smtp',
              hostname: '127.0.0.1',
              port: smtpPort,
              secure: false,
            },
            sender: 'overlevering@hemit.no',
            throttleInterval: { milliseconds: 1 },
          },
        },
      },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await new Promise<void>(ok => (smtp ? smtp.close(ok) : ok()));
  });

  it('mails each approver of a new round, with the link to the seat’s decision page', async () => {
    const token = await signInAs(LOCAL, 'kari.nordmann');
    const call = async (method: string, path: string, body?: object) => {
      const res = await fetch(`${LOCAL}/api/overlevering${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      return { status: res.status, body: await res.json() };
    };
    const title = `Pasientflyt <e-post> ${Date.now()}`;
    const created = await call('POST', '/handovers', {
      document: {
        bestilling: { tittel: title },
        designfase: {
          tjenesteutvikler: 'user:default/ola.utvikler',
          seksjonsleder: 'user:default/siri.leder',
          fagansvarlig: 'user:default/per.fag',
        },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await waitFor(
      'the submit (once every seat is in the catalog)',
      async () => {
        const res = await call('POST', `/handovers/${id}/submit`, {
          revision: created.body.revision,
          optionalRoles: [],
        });
        return res.status === 201 ? res : undefined;
      },
      30_000,
    );

    const toHanne = await waitFor(
      'the email to Hanne Hjelp of Hemithjelp',
      async () =>
        received.find(
          mail =>
            mail.subject === `Overlevering til godkjenning: ${title}` &&
            JSON.stringify(mail.to).includes('hanne.hjelp@example.com'),
        ),
      60_000,
      () => `received: ${received.map(m => m.subject).join(' | ')}`,
    );
    expect(toHanne.from?.text).toContain('overlevering@hemit.no');
    expect(toHanne.text).toContain(
      `${APP}/overlevering/godkjenninger/${id}/1/hemithjelp`,
    );
    // The title as typed, never as markup.
    expect(toHanne.html).toContain('Pasientflyt &lt;e-post&gt;');
    expect(toHanne.html).not.toContain('<e-post>');

    // Siri, asked as seksjonsleder, gets her own seat's link.
    const toSiri = await waitFor(
      'the email to Siri Leder',
      async () =>
        received.find(
          mail =>
            mail.subject === `Overlevering til godkjenning: ${title}` &&
            JSON.stringify(mail.to).includes('siri.leder@example.com'),
        ),
      60_000,
    );
    expect(toSiri.text).toContain(
      `${APP}/overlevering/godkjenninger/${id}/1/seksjonsleder`,
    );
    // The owner is not asked, so gets no mail about the new round.
    expect(
      received.some(mail =>
        JSON.stringify(mail.to).includes('kari.nordmann@example.com'),
      ),
    ).toBe(false);
  });
});
