import { ConfigReader } from '@backstage/config';
import type { Notification } from '@backstage/plugin-notifications-common';
import { emailContent, emailSetup } from './notificationEmail';

const notification = (payload: Partial<Notification['payload']>) =>
  ({
    id: 'n1',
    user: 'user:default/hanne.hjelp',
    created: new Date('2026-12-01T08:00:00Z'),
    origin: 'plugin:overlevering',
    payload: { title: 'Godkjenning', ...payload },
  } as Notification);

describe('notifications by email', () => {
  it('is off, saying why, until a transport with its host is configured', () => {
    expect(emailSetup(new ConfigReader({}))).toEqual({
      enabled: false,
      reason: 'notifications.processors.email is not configured',
    });
    const smtp = (hostname?: string) =>
      emailSetup(
        new ConfigReader({
          notifications: {
            processors: {
              email: {
                sender: 'overlevering@hemit.no',
                transportConfig: { transport: 'smtp', hostname, port: 25 },
              },
            },
          },
        }),
      );
    expect(smtp(undefined)).toMatchObject({
      enabled: false,
      reason: expect.stringMatching(/SMTP_HOST/),
    });
    expect(smtp('smtp.hemit.no')).toEqual({ enabled: true });
  });

  it('links to the page in full and shows typed text as written, never as markup', () => {
    const mail = emailContent(
      notification({
        title: 'Godkjenning: <b>PACS</b>',
        description: 'Kari ber deg godkjenne «PACS <script>»\n\nRunde 2',
        link: '/overlevering/godkjenninger/h1/2/hemithjelp',
      }),
      'https://portal.hemit.no/',
    );
    const link = 'https://portal.hemit.no/overlevering/godkjenninger/h1/2/hemithjelp';
    expect(mail.subject).toBe('Godkjenning: <b>PACS</b>');
    expect(mail.text).toBe(
      `Kari ber deg godkjenne «PACS <script>»\n\nRunde 2\n\n${link}`,
    );
    expect(mail.html).toContain('«PACS &lt;script&gt;»');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Godkjenning: &lt;b&gt;PACS&lt;/b&gt;');
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
  });
});
