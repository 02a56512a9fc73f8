import { canonicalJson, eventHash, snapshotHash } from './hashes';

describe('the hashes of the decision record', () => {
  it('writes one canonical text whatever order the keys were stored in', () => {
    const text = '{"a":[1,"x",null,true],"b":{"c":"æ","d":2.5}}';
    expect(
      canonicalJson({ b: { d: 2.5, c: 'æ' }, a: [1, 'x', null, true] }),
    ).toBe(text);
    expect(
      canonicalJson(
        JSON.parse(
          '{ "a": [1, "x", null, true], "b": { "c": "æ", "d": 2.5 } }',
        ),
      ),
    ).toBe(text);
  });

  it('hashes a snapshot as the SHA-256 of its canonical text, as any tool can recompute it', () => {
    // printf '%s' '{"a":[1,"x",null,true],"b":{"c":"æ","d":2.5}}' | sha256sum
    expect(
      snapshotHash({ b: { d: 2.5, c: 'æ' }, a: [1, 'x', null, true] }),
    ).toBe('505ff39635f8f65601da60eb7ef7b1b57560ff5e6be2ca0d876f6856b15be888');
  });

  it('binds an event to its content and to the event before it', () => {
    const event = {
      id: 'e1',
      handoverId: 'h1',
      at: '2026-11-20T08:00:00.000Z',
      actor: 'user:default/kari',
      type: 'created',
      data: { revision: 1 },
    };
    const first = eventHash(event, null);
    expect(first).toBe(
      'e990be0f8b1831d11e8bc45172e999acdbc08e530573614c131819ae2296c5d4',
    );
    expect(eventHash({ ...event, data: { revision: 2 } }, null)).not.toBe(
      first,
    );
    expect(eventHash(event, first)).not.toBe(first);
  });
});
