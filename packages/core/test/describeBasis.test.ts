import { describe, expect, it } from 'vitest';
import { describeBasis } from '../src/index.js';
import { fixturePack } from './fixtures.js';

describe('describeBasis', () => {
  it('tells each kind of provenance in one line: quote, record events, or the reason', () => {
    expect(
      describeBasis(
        {
          field: 'proxy.params.obedience',
          kind: 'recorded',
          record: 'fixture-record',
          events: ['p1', 'p2'],
          reasoning: 'The proxy fired on after the sponsor held back.',
        },
        fixturePack,
      ),
    ).toBe(
      'proxy.params.obedience — recorded, fixture-record (p1, p2): The proxy fired on after the sponsor held back.',
    );
    expect(
      describeBasis({ field: 'world.noise', kind: 'assumption', why: 'A choice.' }, fixturePack),
    ).toBe('world.noise — assumption: A choice.');
    expect(
      describeBasis(
        { field: 'proxy.ceiling', kind: 'stated', paragraph: 2, quote: 'some words' },
        fixturePack,
      ),
    ).toBe(`proxy.ceiling — stated, ${fixturePack.sources[0]!.id} ¶2: “some words”`);
  });
});
