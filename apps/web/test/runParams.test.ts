import { describe, expect, it } from 'vitest';
import { readRunParams, runHref, runQuery } from '../src/lib/runParams';

const context = {
  scenarioIds: ['baseline', 'strike-on-iran'],
  actorIds: ['iran', 'hamas'],
  nearest: (id: string) => (id === 'baselin' ? 'baseline' : undefined),
};
const read = (query: string) => readRunParams(new URLSearchParams(query), context);

describe('readRunParams', () => {
  it('fills in defaults for what the URL leaves out', () => {
    expect(read('')).toEqual({
      ok: true,
      state: {
        scenario: 'baseline',
        seed: 42,
        day: 0,
        actor: 'iran',
        view: 'ladder',
        panel: 'why',
        edit: null,
      },
    });
  });

  it('reads every value a link can carry', () => {
    const result = read(
      'scenario=strike-on-iran&seed=7&day=30&actor=hamas&view=machine&panel=edit&edit=abc',
    );
    expect(result).toMatchObject({
      ok: true,
      state: {
        scenario: 'strike-on-iran',
        seed: 7,
        day: 30,
        actor: 'hamas',
        view: 'machine',
        panel: 'edit',
        edit: 'abc',
      },
    });
  });

  it('names each wrong value, and suggests the scenario meant', () => {
    const result = read('scenario=baselin&seed=-1&day=x&actor=nobody&view=pie');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(5);
    expect(result.problems[0]).toContain('did you mean "baseline"');
    expect(result.problems.join('\n')).toMatch(/seed.*"-1"/);
    expect(result.scenario).toBeNull();
  });

  it('takes the seeds the CLI takes: core’s domain, 0 to 2^53 − 1', () => {
    expect(read('seed=9007199254740992').ok).toBe(false);
    expect(read('seed=9007199254740991').ok).toBe(true);
    expect(read('seed=4294967296').ok).toBe(true);
  });

  it('writes back a query that reads as the same state', () => {
    const result = read('scenario=strike-on-iran&seed=9&day=12&actor=hamas&view=network');
    if (!result.ok) throw new Error('expected ok');
    expect(read(runQuery(result.state))).toEqual(result);
  });
});

describe('runHref', () => {
  it('links to a scenario with the default seed', () => {
    expect(runHref('baseline')).toBe('/run?scenario=baseline&seed=42');
    expect(runHref('baseline', { day: 3, actor: 'iran' })).toBe(
      '/run?scenario=baseline&seed=42&day=3&actor=iran',
    );
  });
});
