import { ResponseError } from '@backstage/errors';
import { messageOf } from './errors';

describe('messageOf', () => {
  it("tells the backend's own words, not the transport's", async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'TooManyRequestsError',
          message: 'Du har opprettet mange overleveringer på kort tid.',
        },
        response: { statusCode: 429 },
      }),
      { status: 429, headers: { 'content-type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    expect(error.message).toMatch(/429/);
    expect(messageOf(error)).toBe(
      'Du har opprettet mange overleveringer på kort tid.',
    );
  });

  it('falls back to the error itself', () => {
    expect(messageOf(new Error('Nettverket svarer ikke'))).toBe(
      'Nettverket svarer ikke',
    );
  });
});
