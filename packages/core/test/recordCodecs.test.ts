import { describe, expect, it } from 'vitest';
import { csvCodec, ndjsonCodec } from '../src/batch/recordCodecs.js';
import { toRunRecord } from '../src/run/runRecord.js';
import { simulate } from '../src/run/simulate.js';
import { fixtureScenario, fixturePack as pack } from './fixtures.js';

const records = [0, 1, 2].map((run) =>
  toRunRecord(simulate(pack, fixtureScenario, { seed: 5, run }), pack),
);

describe('recordCodecs', () => {
  it('heads the CSV with run, attacks, the outcomes, then each actor’s highest and first days', () => {
    const header = csvCodec(pack).header.trimEnd().split(',');
    expect(header.slice(0, 3)).toEqual(['run', 'attacks', 'outcome.proxy-open']);
    expect(header).toContain('sponsor.highest');
    expect(header).toContain('adversary.first.war');
    expect(header).toHaveLength(2 + pack.outcomes.length + pack.actors.length * 8);
  });

  it.each([
    ['ndjson', ndjsonCodec()],
    ['csv', csvCodec(pack)],
  ])('%s: every record reads back as it was written, one line each', (_format, codec) => {
    for (const record of records) {
      const line = codec.encode(record);
      expect(line.endsWith('\n')).toBe(true);
      expect(codec.decode(line.slice(0, -1))).toEqual(record);
    }
  });

  it('rejects a CSV line with the wrong number of columns', () => {
    expect(() => csvCodec(pack).decode('1,2,3')).toThrow(/columns/);
  });
});
