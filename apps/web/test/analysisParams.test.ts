import { axisPack, nearestId, scenarios } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { batchHref, readBatchParams } from '../src/lib/batchParams';
import { compareHref, readCompareParams } from '../src/lib/compareParams';
import { readSensitivityParams, sensitivityHref } from '../src/lib/sensitivityParams';
import { tornadoSettings } from '../src/lib/tornado';

const context = { scenarioIds: Object.keys(scenarios), nearest: nearestId };
const query = (text: string) => new URLSearchParams(text);

describe('readBatchParams', () => {
  it('reads sampled batches back from their address, and names a bad sampling', () => {
    const read = readBatchParams(query('scenario=baseline&sampling=sampled'), context);
    if (!read.ok) throw new Error(read.problems.join(' '));
    expect(read.state.sampling).toBe('sampled');
    expect(batchHref(read.state)).toContain('sampling=sampled');
    const bad = readBatchParams(query('scenario=baseline&sampling=random'), context);
    expect(bad.ok ? [] : bad.problems).toEqual([
      'The sampling must be "fixed" or "sampled", not "random".',
    ]);
  });

  it('fills in 1,000 runs and seed 42, and reads back the address it writes', () => {
    const read = readBatchParams(query('scenario=baseline'), context);
    expect(read).toEqual({
      ok: true,
      state: { scenario: 'baseline', runs: 1000, seed: 42, edit: null },
    });
    if (!read.ok) return;
    const again = readBatchParams(
      query(batchHref({ ...read.state, runs: 5 }).split('?')[1]!),
      context,
    );
    expect(again.ok && again.state.runs).toBe(5);
  });

  it.each([
    ['scenario=basline', 'did you mean "baseline"'],
    ['scenario=baseline&runs=0', 'from 1 to 100,000'],
    ['scenario=baseline&runs=100001', 'from 1 to 100,000'],
    ['scenario=baseline&runs=1e3', 'not "1e3"'],
    ['scenario=baseline&seed=-1', 'The seed must be'],
  ])('names what is wrong with %s', (text, problem) => {
    const read = readBatchParams(query(text), context);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join(' ')).toContain(problem);
  });
});

describe('readCompareParams', () => {
  it('reads two scenarios, or one and its edited counterfactual', () => {
    const two = readCompareParams(query('a=baseline&b=strike-on-iran&runs=50&seed=3'), context);
    expect(two).toEqual({
      ok: true,
      state: { a: 'baseline', b: 'strike-on-iran', edit: null, runs: 50, seed: 3 },
    });
    const edited = readCompareParams(query('a=baseline&edit=abc'), context);
    expect(edited.ok && edited.state).toMatchObject({ a: 'baseline', b: 'baseline', edit: 'abc' });
    if (edited.ok) expect(compareHref(edited.state)).toContain('edit=abc');
  });

  it('refuses to compare a scenario with itself unedited', () => {
    const read = readCompareParams(query('a=baseline&b=baseline'), context);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toContain('B has no edit');
  });
});

describe('readSensitivityParams', () => {
  const withPack = { ...context, pack: axisPack };
  it('reads a parameter and its values as brink sweep does, and writes them back', () => {
    const read = readSensitivityParams(
      query(
        'scenario=strike-on-iran&param=iran.params.riskAversion&values=0:1:0.5&outcome=iran-direct',
      ),
      withPack,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.state.param.values).toEqual([0, 0.5, 1]);
    expect(read.state.runs).toBe(100);
    const href = sensitivityHref({ ...read.state, path: read.state.param.path });
    expect(href).toContain('param=iran.params.riskAversion');
    expect(href).toContain('values=0%3A1%3A0.5');
    expect(href).not.toContain('tornado');
  });

  it('keeps the tornado in the address, so a reload or a link draws it again', () => {
    const read = readSensitivityParams(query('scenario=baseline&tornado=1'), withPack);
    expect(read.ok && read.state.tornado).toBe(true);
    if (!read.ok) return;
    const href = sensitivityHref({ ...read.state, path: read.state.param.path });
    expect(new URL(href, 'http://x').searchParams.get('tornado')).toBe('1');
    const again = readSensitivityParams(new URL(href, 'http://x').searchParams, withPack);
    expect(again.ok && again.state.tornado).toBe(true);
  });

  it('keeps the tornado’s swing across the sampled ranges in the address', () => {
    const read = readSensitivityParams(query('scenario=baseline&tornado=1&swing=range'), withPack);
    expect(read.ok && read.state.swing).toBe('range');
    if (!read.ok) return;
    const href = sensitivityHref({ ...read.state, path: read.state.param.path, tornado: true });
    expect(new URL(href, 'http://x').searchParams.get('swing')).toBe('range');
    const plain = readSensitivityParams(query('scenario=baseline&tornado=1'), withPack);
    expect(plain.ok && plain.state.swing).toBe('fraction');
  });

  it.each([
    ['param=iran.params.nerve&values=1', 'not a posture field'],
    ['param=iran.power=1&values=1', 'not a number'],
    ['param=iran.params.decay&values=0:1:0.01', 'at most 25'],
    ['outcome=peace', 'no outcome "peace"'],
    ['tornado=yes', 'tornado=1 asks for the tornado chart'],
    ['swing=wide', '"wide" means nothing'],
  ])('names what is wrong with %s', (text, problem) => {
    const read = readSensitivityParams(query(`scenario=baseline&${text}`), withPack);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join(' ')).toContain(problem);
  });
});

describe('tornadoSettings', () => {
  it('moves power and each parameter to half and one and a half times, within its range', () => {
    const settings = tornadoSettings(axisPack, scenarios.baseline!, 'iran');
    expect(settings.map((s) => s.field)).toEqual([
      'power',
      'params.reactivity',
      'params.solidarity',
      'params.deterrence',
      'params.riskAversion',
      'params.obedience',
      'params.decay',
      'params.mobilisationDelay',
    ]);
    for (const setting of settings) {
      expect(setting.low).toBeLessThanOrEqual(setting.base);
      expect(setting.high).toBeGreaterThanOrEqual(setting.base);
      if (setting.field === 'power' || setting.field === 'params.obedience') {
        expect(setting.high).toBeLessThanOrEqual(1);
      }
      if (setting.field === 'params.mobilisationDelay') {
        expect(Number.isInteger(setting.low) && Number.isInteger(setting.high)).toBe(true);
      }
    }
    expect(tornadoSettings(axisPack, scenarios.baseline!, 'nobody')).toEqual([]);
  });
});
