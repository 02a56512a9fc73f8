import { mockCredentials } from '@backstage/backend-test-utils';
import {
  FIXED_SEAT_HOLDERS,
  PEOPLE,
} from '@internal/overlevering-test-backend';
import type request from 'supertest';

/** Where the plugin's routes are, as a test of its HTTP API reaches them. */
export const base = '/api/overlevering';

/** The headers of a request by a signed-in `user`, for supertest's `set`. */
export const as = (user: string) => ({
  Authorization: mockCredentials.user.header(user),
});

/** A supertest agent on the test backend. */
export type Api = () => ReturnType<typeof request>;

/**
 * Kari creates a handover of `document` and sends it to round 1 with no
 * optional seats; the handover's URL.
 */
export async function sentForApproval(
  api: Api,
  document: unknown,
): Promise<string> {
  const created = await api()
    .post(`${base}/handovers`)
    .set(as(PEOPLE.kari))
    .send({ document })
    .expect(201);
  const url = `${base}/handovers/${created.body.id}`;
  await api()
    .post(`${url}/submit`)
    .set(as(PEOPLE.kari))
    .send({ revision: 1, optionalRoles: [] })
    .expect(201);
  return url;
}

/**
 * Each fixed seat of round 1 approves, as its holder, except the roles in
 * `except`; `withDecision` adds to a role's decision (e.g. conditions).
 */
export async function fixedSeatsApprove(
  api: Api,
  url: string,
  options: {
    except?: string[];
    withDecision?: (role: string) => Record<string, unknown>;
  } = {},
): Promise<void> {
  for (const [person, role] of FIXED_SEAT_HOLDERS) {
    if (options.except?.includes(role)) continue;
    await api()
      .post(`${url}/rounds/1/decisions`)
      .set(as(person))
      .send({ role, decision: 'approve', ...options.withDecision?.(role) })
      .expect(200);
  }
}
