import { describe, expect, it } from 'vitest';
import {
  checkPack,
  formatIssue,
  type OutcomeCondition,
  type Pack,
  parsePack,
  parseRecord,
  sha256Hex,
  ValidationError,
  walkProvenance,
} from '../src/index.js';
import { fixturePack, fixturePackInput, PARAGRAPHS } from './fixtures.js';
import { fixtureHindcast, RECORD_YAML } from './hindcast/recordFixture.js';

/** A copy of the fixture pack, changed by `edit`. */
const edited = (edit: (pack: Pack) => void): Pack => {
  const pack = structuredClone(fixturePack);
  edit(pack);
  return pack;
};

const proxy = (pack: Pack) => pack.actors.find((actor) => actor.id === 'proxy')!;

describe('checkPack', () => {
  it('finds nothing wrong with a sound pack', () => {
    expect(checkPack(fixturePack)).toEqual([]);
  });

  it('reports a quote that is not verbatim in its paragraph, at the quote’s path', () => {
    const pack = edited((pack) => {
      const ceiling = proxy(pack).posture.ceiling.provenance;
      if (ceiling.kind === 'assumption' || ceiling.kind === 'recorded')
        throw new Error('fixture changed');
      ceiling.quote = 'within strict limits';
    });
    expect(checkPack(pack)).toEqual([
      {
        path: ['actors', 1, 'posture', 'ceiling', 'provenance', 'quote'],
        message: expect.stringContaining('not verbatim'),
      },
    ]);
  });

  it('reports a quote looked for in the wrong paragraph, and a paragraph the source does not have', () => {
    const pack = edited((pack) => {
      const start = proxy(pack).posture.start.provenance;
      const ceiling = proxy(pack).posture.ceiling.provenance;
      if (!('paragraph' in start) || !('paragraph' in ceiling)) throw new Error('fixture changed');
      start.paragraph = 1;
      ceiling.paragraph = PARAGRAPHS.length + 1;
    });
    expect(checkPack(pack).map((issue) => issue.path)).toEqual([
      ['actors', 1, 'posture', 'start', 'provenance', 'quote'],
      ['actors', 1, 'posture', 'ceiling', 'provenance', 'paragraph'],
    ]);
  });

  it('checks quotes character for character', () => {
    // A change of case alone makes a quote not verbatim.
    const pack = edited((pack) => {
      const basis = pack.outcomes[0]!.provenance;
      if (!('quote' in basis)) throw new Error('fixture changed');
      basis.quote = basis.quote.toUpperCase();
    });
    expect(checkPack(pack).map((issue) => formatIssue(issue))).toEqual([
      expect.stringMatching(/^outcomes\[0\]\.provenance\.quote: not verbatim/),
    ]);
  });

  it('reports a source whose text does not match its sha256', () => {
    const wrongHash = edited((pack) => {
      pack.sources[0]!.sha256 = sha256Hex('some other text');
    });
    expect(checkPack(wrongHash)).toEqual([
      {
        path: ['sources', 0, 'sha256'],
        message: expect.stringContaining(sha256Hex(PARAGRAPHS.join('\n'))),
      },
    ]);
    const changedText = edited((pack) => {
      pack.sources[0]!.paragraphs.push('A paragraph added after hashing.');
    });
    expect(checkPack(changedText).map((issue) => issue.path)).toEqual([['sources', 0, 'sha256']]);
  });

  it('reports an unknown actor among the allies, at its index', () => {
    const pack = edited((pack) => {
      proxy(pack).posture.allies.value.push('ghost');
    });
    expect(checkPack(pack)).toEqual([
      { path: ['actors', 1, 'posture', 'allies', 'value', 1], message: 'unknown actor "ghost"' },
    ]);
  });

  it('reports unknown actors wherever a pack names one', () => {
    const pack = edited((pack) => {
      const posture = proxy(pack).posture;
      posture.targets[0]!.adversary = 'ghost';
      pack.world.riskActors.value = ['nobody'];
      pack.outcomes[0]!.when = { reach: { actors: ['phantom'], atLeast: 'war' } };
    });
    expect(checkPack(pack).map((issue) => formatIssue(issue))).toEqual([
      'actors[1].posture.targets[0].adversary: unknown actor "ghost"',
      'world.riskActors.value[0]: unknown actor "nobody"',
      'outcomes[0].when.reach.actors[0]: unknown actor "phantom"',
    ]);
  });

  it('reports a red line that lifts to a rung not above the ceiling', () => {
    for (const lift of ['indirect', 'material'] as const) {
      const pack = edited((pack) => {
        proxy(pack).posture.redLines[0]!.lift = lift;
      });
      expect(checkPack(pack)).toEqual([
        {
          path: ['actors', 1, 'posture', 'redLines', 0, 'lift'],
          message: `lifts to "${lift}", not above the ceiling "indirect"`,
        },
      ]);
    }
  });

  it('reports a start above the ceiling, and a floor above the start', () => {
    const pack = edited((pack) => {
      const posture = proxy(pack).posture;
      posture.start.value = 'limited';
      pack.actors[0]!.posture.floor = {
        value: 'indirect',
        provenance: { kind: 'assumption', why: 'test' },
      };
    });
    expect(checkPack(pack).map((issue) => issue.path)).toEqual([
      ['actors', 0, 'posture', 'floor'],
      ['actors', 1, 'posture', 'start'],
    ]);
  });

  it('reports an outcome that refers to itself or to no outcome', () => {
    const pack = edited((pack) => {
      pack.outcomes[0]!.when = { outcome: 'proxy-open' };
      pack.outcomes[1]!.when = { not: { outcome: 'missing' } };
    });
    expect(checkPack(pack).map((issue) => issue.path)).toEqual([
      ['outcomes', 0, 'when', 'outcome'],
      ['outcomes', 1, 'when', 'not', 'outcome'],
    ]);
  });

  it('makes parsePack throw a ValidationError naming the path, and for YAML text the line', () => {
    const input = fixturePackInput();
    input.actors[1]!.posture.allies.value.push('ghost');
    expect(() => parsePack(input)).toThrow(ValidationError);
    expect(() => parsePack(input)).toThrow(
      'actors[1].posture.allies.value[1]: unknown actor "ghost"',
    );

    const text = JSON.stringify(input, null, 2);
    const line = text.split('\n').findIndex((row) => row.includes('"ghost"')) + 1;
    try {
      parsePack(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]!.line).toBe(line);
    }
  });

  it('walks every provenance of a pack with its path', () => {
    const paths: string[] = [];
    walkProvenance(fixturePack, (_provenance, path) => paths.push(path.join('.')));
    expect(paths).toContain('world.thresholds.provenance');
    expect(paths).toContain('actors.1.posture.redLines.0.provenance');
    expect(paths).toContain('outcomes.2.provenance');
  });

  describe('recorded provenance', () => {
    const record = parseRecord(RECORD_YAML, { pack: fixturePack, scenario: fixtureHindcast });
    /** The fixture pack with the proxy's ceiling calibrated to `events` of record `id`. */
    const recorded = (events: string[], id = 'fixture-record') =>
      edited((pack) => {
        proxy(pack).posture.ceiling.provenance = {
          kind: 'recorded',
          record: id,
          events,
          reasoning: 'The proxy never struck openly in the record.',
        };
      });
    const at = ['actors', 1, 'posture', 'ceiling', 'provenance'];

    it('accepts events the record has, and is checked for shape only without records', () => {
      expect(checkPack(recorded(['p1', 'p2']), { records: [record] })).toEqual([]);
      expect(checkPack(recorded(['nowhere']))).toEqual([]);
    });

    it('reports an unknown event id at its index, naming the record and the nearest id', () => {
      expect(checkPack(recorded(['p1', 'p3']), { records: [record] })).toEqual([
        {
          path: [...at, 'events', 1],
          message: 'unknown event "p3" in record "fixture-record" (did you mean "p1"?)',
        },
      ]);
    });

    it('reports an unknown record, naming the records at hand', () => {
      expect(checkPack(recorded(['p1'], 'other-record'), { records: [record] })).toEqual([
        {
          path: [...at, 'record'],
          message: 'unknown record "other-record"; the records at hand are fixture-record',
        },
      ]);
    });

    it('makes parsePack throw a one-line error naming the field', () => {
      const input = fixturePackInput();
      input.actors[1]!.posture.ceiling.provenance = {
        kind: 'recorded',
        record: 'fixture-record',
        events: ['ghost-event'],
        reasoning: 'Made up.',
      };
      expect(() => parsePack(input, { records: [record] })).toThrow(
        'actors[1].posture.ceiling.provenance.events[0]: unknown event "ghost-event" in record "fixture-record"',
      );
      // A recorded provenance needs at least one event, and its reasoning.
      input.actors[1]!.posture.ceiling.provenance = {
        kind: 'recorded',
        record: 'fixture-record',
        events: [],
        reasoning: 'Made up.',
      };
      expect(() => parsePack(input)).toThrow('actors[1].posture.ceiling.provenance.events');
    });
  });

  describe('outcomes over time', () => {
    const withOutcome = (when: OutcomeCondition) => {
      const input = fixturePackInput();
      input.outcomes[0]!.when = when;
      return input;
    };

    it('reports unknown actors in the new kinds, at their path', () => {
      const pack = edited((pack) => {
        pack.outcomes[0]!.when = { rate: { from: ['proxy'], to: ['ghost'], min: 1 } };
        pack.outcomes[1]!.when = { pause: { actors: ['phantom'], days: 3 } };
      });
      expect(checkPack(pack).map((issue) => issue.path)).toEqual([
        ['outcomes', 0, 'when', 'rate', 'to', 0],
        ['outcomes', 1, 'when', 'pause', 'actors', 0],
      ]);
    });

    it('rejects a window that ends before it starts, and a rate with no bound', () => {
      expect(() =>
        parsePack(
          withOutcome({ pause: { actors: ['proxy'], days: 3, window: { start: 9, end: 2 } } }),
        ),
      ).toThrow('outcomes[0].when.pause.window.end: the window ends before it starts');
      expect(() => parsePack(withOutcome({ rate: { from: ['proxy'] } }))).toThrow(
        'a rate needs min, max or both',
      );
      expect(() =>
        parsePack(withOutcome({ stepDown: { actors: ['proxy'], rung: 'limited' } })),
      ).not.toThrow();
    });
  });
});
