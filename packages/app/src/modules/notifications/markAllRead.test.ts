import { FakeNotificationsApi } from './fakeNotificationsApi';
import { markAllRead } from './markAllRead';

describe('marking all notifications read', () => {
  it('marks every unread one, a batch at a time, and leaves the read ones', async () => {
    const api = new FakeNotificationsApi();
    for (let i = 0; i < 250; i++) api.add({ title: `Varsel ${i}` });
    api.add({ title: 'Lest fra før' }, { read: true });
    const update = jest.spyOn(api, 'updateNotifications');

    expect(await markAllRead(api)).toBe(250);

    expect(await api.getStatus()).toEqual({ unread: 0, read: 251 });
    expect(update).toHaveBeenCalledTimes(3);
    expect(
      Math.max(...update.mock.calls.map(([options]) => options.ids.length)),
    ).toBe(100);
  });

  it('stops when the backend keeps answering with what it was told is read', async () => {
    const api = new FakeNotificationsApi();
    for (let i = 0; i < 3; i++) api.add({ title: `Varsel ${i}` });
    jest.spyOn(api, 'updateNotifications').mockResolvedValue([]);
    const get = jest.spyOn(api, 'getNotifications');

    expect(await markAllRead(api)).toBe(3);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
