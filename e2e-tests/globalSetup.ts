/**
 * Waits until the backend serves the demo catalog: the app at :3000 can be up
 * before the catalog has read examples/*.yaml, and signing in needs the users.
 */
export default async function globalSetup() {
  const deadline = Date.now() + 240_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch('http://localhost:7007/api/demo-people');
      if (response.ok) {
        const { people } = (await response.json()) as { people: unknown[] };
        if (people.length >= 12) return;
        last = `${people.length} people`;
      } else {
        last = `HTTP ${response.status}`;
      }
    } catch (error) {
      last = String(error);
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
  throw new Error(`The portal's backend did not get ready: ${last}`);
}
