import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import { FakeNotificationsApi } from './fakeNotificationsApi';
import { NotificationsPage } from './NotificationsPage';

/** Signals the test sends by hand, as the notifications backend would. */
class TestSignals implements SignalApi {
  private readonly listeners = new Set<(message: any) => void>();
  subscribe(_channel: string, onMessage: (message: any) => void) {
    this.listeners.add(onMessage);
    return { unsubscribe: () => this.listeners.delete(onMessage) };
  }
  send(message: object) {
    act(() => this.listeners.forEach(listener => listener(message)));
  }
}

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);

async function renderPage(
  api: FakeNotificationsApi,
  options: { route?: string; signals?: TestSignals } = {},
) {
  const alerts = mockApis.alert();
  const apis: any[] = [[notificationsApiRef, api], alerts];
  if (options.signals) apis.push([signalApiRef, options.signals]);
  await renderInTestApp(<NotificationsPage />, {
    apis,
    initialRouteEntries: [options.route ?? '/notifications'],
  });
  return { alerts };
}

/** The table row of one notification, found by its title. */
function row(title: string) {
  const cell = screen.getByText(title, { exact: true });
  return cell.closest('tr') as HTMLElement;
}

async function chooseOption(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the notifications page', () => {
  let api: FakeNotificationsApi;

  beforeEach(() => {
    api = new FakeNotificationsApi();
  });

  it('shows unread notifications newest first, with text, topic and age', async () => {
    api.add(
      {
        title: 'Overlevering avslått: DIPS Arena',
        description: 'Runde 1 er avsluttet med 1 avslag.',
        link: '/overlevering/h/1',
        topic: 'overlevering',
        severity: 'high',
      },
      { created: ago(5) },
    );
    api.add({ title: 'Eldre og lest' }, { created: ago(60), read: true });
    api.add(
      { title: 'Overlevering til godkjenning: PACS' },
      { created: ago(1) },
    );

    await renderPage(api);

    expect(
      await screen.findByRole('heading', { name: 'Uleste varsler (2)' }),
    ).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByText(/Overlevering/)[0].textContent),
    ).toEqual([
      'Overlevering til godkjenning: PACS',
      'Overlevering avslått: DIPS Arena',
    ]);
    const rejected = row('Overlevering avslått: DIPS Arena');
    expect(
      within(rejected).getByRole('link', {
        name: 'Overlevering avslått: DIPS Arena',
      }),
    ).toHaveAttribute('href', '/overlevering/h/1');
    expect(
      within(rejected).getByText('Runde 1 er avsluttet med 1 avslag.'),
    ).toBeVisible();
    expect(within(rejected).getByText('Høy')).toBeVisible();
    expect(within(rejected).getByText(/overlevering ·/)).toBeVisible();
    expect(within(rejected).getByText('for 5 minutter siden')).toBeVisible();
    expect(screen.queryByText('Eldre og lest')).not.toBeInTheDocument();
  });

  it('marks one read, and it moves from the unread to the read notifications', async () => {
    api.add({ title: 'Avslag fra Server: PACS' });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Merk «Avslag fra Server: PACS» som lest',
      }),
    );

    expect(
      await screen.findByText('Du har ingen uleste varsler.'),
    ).toBeVisible();
    expect(api.byTitle('Avslag fra Server: PACS').read).toBeDefined();

    await chooseOption('Vis', 'Leste');
    expect(
      await screen.findByRole('button', {
        name: 'Merk «Avslag fra Server: PACS» som ulest',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Leste varsler (1)' }),
    ).toBeVisible();
  });

  it('marks a notification read when its link is opened', async () => {
    api.add({ title: 'Til godkjenning: PACS', link: '/overlevering/h/7' });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('link', { name: 'Til godkjenning: PACS' }),
    );

    await waitFor(() =>
      expect(api.byTitle('Til godkjenning: PACS').read).toBeDefined(),
    );
  });

  it('saves a notification for later and lists it among the saved', async () => {
    api.add({ title: 'Du er nå leveranseansvarlig: PACS' });
    api.add({ title: 'Noe annet' });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Lagre «Du er nå leveranseansvarlig: PACS»',
      }),
    );
    expect(
      await within(row('Du er nå leveranseansvarlig: PACS')).findByText(
        'Lagret',
      ),
    ).toBeVisible();

    await chooseOption('Vis', 'Lagrede');
    expect(
      await screen.findByRole('heading', { name: 'Lagrede varsler (1)' }),
    ).toBeVisible();
    expect(screen.getByText('Du er nå leveranseansvarlig: PACS')).toBeVisible();
    expect(screen.queryByText('Noe annet')).not.toBeInTheDocument();
  });

  it('marks the selected notifications read, and leaves the others', async () => {
    api.add({ title: 'Første' }, { created: ago(3) });
    api.add({ title: 'Andre' }, { created: ago(2) });
    api.add({ title: 'Tredje' }, { created: ago(1) });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Velg «Første»' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Velg «Tredje»' }),
    );
    const toolbar = screen.getByRole('toolbar', { name: '2 valgt' });
    await userEvent.click(
      within(toolbar).getByRole('button', { name: 'Merk valgte som lest' }),
    );

    expect(
      await screen.findByRole('heading', { name: 'Uleste varsler (1)' }),
    ).toBeVisible();
    expect(screen.getByText('Andre')).toBeVisible();
    expect(
      api.notifications.filter(n => n.read).map(n => n.payload.title),
    ).toEqual(['Første', 'Tredje']);
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
  });

  it('asks before marking all read, and then marks every unread one, beyond the first hundred', async () => {
    for (let i = 0; i < 130; i++)
      api.add({ title: `Varsel ${i}` }, { created: ago(i) });
    await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Merk alle som lest' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Merke alle varsler som lest?',
    });
    expect(within(dialog).getByText(/Alle 130 uleste varsler/)).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Avbryt' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect((await api.getStatus()).unread).toBe(130);

    await userEvent.click(
      screen.getByRole('button', { name: 'Merk alle som lest' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Merk alle som lest',
      }),
    );

    expect(
      await screen.findByText('Du har ingen uleste varsler.'),
    ).toBeVisible();
    expect((await api.getStatus()).unread).toBe(0);
    // The page's button goes once nothing is unread (and the dialog's own
    // button once the dialog has faded out).
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Merk alle som lest' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('pages through the notifications', async () => {
    for (let i = 1; i <= 25; i++)
      api.add({ title: `Varsel ${i}` }, { created: ago(100 - i) });
    await renderPage(api);

    expect(await screen.findByText('Varsel 25')).toBeVisible();
    expect(screen.getByText('1–10 av 25')).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: 'Gå til neste side' }),
    );
    expect(await screen.findByText('Varsel 15')).toBeVisible();
    expect(screen.getByText('11–20 av 25')).toBeVisible();
    expect(screen.queryByText('Varsel 25')).not.toBeInTheDocument();
  });

  it('searches and filters, and says when nothing matches', async () => {
    api.add({ title: 'Overlevering godkjent: PACS', topic: 'overlevering' });
    api.add({ title: 'Bygg feilet', topic: 'ci', severity: 'low' });
    await renderPage(api);
    expect(await screen.findByText('Bygg feilet')).toBeVisible();

    await userEvent.type(
      await screen.findByRole('searchbox', { name: 'Søk i varsler' }),
      'pacs',
    );
    await waitFor(() =>
      expect(screen.queryByText('Bygg feilet')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Overlevering godkjent: PACS')).toBeVisible();

    await userEvent.clear(
      screen.getByRole('searchbox', { name: 'Søk i varsler' }),
    );
    expect(await screen.findByText('Bygg feilet')).toBeVisible();
    await chooseOption('Emne', 'ci');
    await waitFor(() =>
      expect(
        screen.queryByText('Overlevering godkjent: PACS'),
      ).not.toBeInTheDocument(),
    );
    await chooseOption('Minste alvorlighet', 'Normal');
    expect(
      await screen.findByText('Ingen varsler passer med filtrene.'),
    ).toBeVisible();
  });

  it('shows a new notification as soon as the backend signals it', async () => {
    const signals = new TestSignals();
    api.add({ title: 'Første' });
    await renderPage(api, { signals });
    expect(await screen.findByText('Første')).toBeVisible();

    api.add({ title: 'Avslag fra Hemithjelp: PACS' });
    signals.send({ action: 'new_notification', notification_id: 'n2' });

    expect(
      await screen.findByText('Avslag fra Hemithjelp: PACS'),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Uleste varsler (2)' }),
    ).toBeVisible();
  });

  it('says so when an update fails, and shows the notification unchanged', async () => {
    api.add({ title: 'Til godkjenning: PACS' });
    api.failUpdates = true;
    const { alerts } = await renderPage(api);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Merk «Til godkjenning: PACS» som lest',
      }),
    );

    await waitFor(() =>
      expect(alerts.getAlerts()).toEqual([
        expect.objectContaining({
          message: 'Varslene kunne ikke oppdateres. Prøv igjen.',
          severity: 'error',
        }),
      ]),
    );
    expect(screen.getByText('Til godkjenning: PACS')).toBeVisible();
    expect(api.byTitle('Til godkjenning: PACS').read).toBeUndefined();
  });

  it('shows the notification a link points at first, even when it is read', async () => {
    const target = api.add(
      { title: 'Overlevering godkjent: PACS' },
      { read: true },
    );
    api.add({ title: 'Ulest varsel' });
    await renderPage(api, { route: `/notifications?id=${target.id}` });

    const highlighted = await screen.findByText('Overlevering godkjent: PACS');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toContainElement(highlighted);
    await waitFor(() => expect(rows[0]).toHaveFocus());
    expect(screen.getByText('Ulest varsel')).toBeVisible();
  });

  it('shows hostile text as text', async () => {
    api.add({
      title: '<img src=x onerror="window.hacked=1">',
      description: '<script>window.hacked=1</script>',
      // A notification sent by another plugin can carry any link at all.
      // eslint-disable-next-line no-script-url
      link: 'javascript:window.hacked=1',
    });
    await renderPage(api);

    expect(
      await screen.findByText('<img src=x onerror="window.hacked=1">'),
    ).toBeVisible();
    expect(screen.getByText('<script>window.hacked=1</script>')).toBeVisible();
    expect(
      document.querySelector('img[src="x"], script:not([src])'),
    ).toBeNull();
    expect((window as any).hacked).toBeUndefined();
  });
});
