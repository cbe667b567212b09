import { simulate, toRunRecord } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { codecFor, csvCodec, ndjsonCodec } from '../src/output/recordFormat.js';

const scenario = getScenario('strike-on-iran');
const records = [0, 1, 2].map((run) =>
  toRunRecord(simulate(axisPack, scenario, { seed: 9, run, horizon: 45 }), axisPack),
);

describe('record codecs', () => {
  it('chooses the format by extension', () => {
    expect(codecFor('runs.ndjson', axisPack).format).toBe('ndjson');
    expect(codecFor('runs.JSONL', axisPack).format).toBe('ndjson');
    expect(codecFor('out/runs.csv', axisPack).format).toBe('csv');
    expect(() => codecFor('runs.parquet', axisPack)).toThrow(/must end in/);
  });

  it.each([
    ['ndjson', ndjsonCodec()],
    ['csv', csvCodec(axisPack)],
  ])('%s: every record reads back as it was written, one line each', (_format, codec) => {
    for (const record of records) {
      const line = codec.encode(record);
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(codec.decode(line.slice(0, -1))).toEqual(record);
    }
  });

  it('csv: one column per outcome and per actor and rung, named by id', () => {
    const header = csvCodec(axisPack).header.trimEnd().split(',');
    expect(header).toHaveLength(2 + axisPack.outcomes.length + axisPack.actors.length * 8);
    expect(header.slice(0, 2)).toEqual(['run', 'attacks']);
    expect(header).toContain('outcome.regional-war');
    expect(header).toContain('hezbollah.highest');
    expect(header).toContain('us.first.war');
  });
});
