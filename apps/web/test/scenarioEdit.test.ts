import { axisPack, getScenario, scenarioSource } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkScenarioInput,
  decodeEdit,
  diffEdit,
  encodeEdit,
  MAX_EDIT_LENGTH,
  mergeEdit,
  scenarioYaml,
} from '../src/lib/scenarioEdit';

const baseline = getScenario('baseline');

describe('scenarioEdit', () => {
  it('round-trips an edit through its URL form, whatever its characters', () => {
    const edit = {
      title: 'Iran’s “what if” — ünïcode',
      overrides: { iran: { ceiling: 'direct' } },
    };
    const text = encodeEdit(edit);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeEdit(text)).toEqual({ edit });
  });

  it('says a damaged edit cannot be read instead of throwing', () => {
    expect(decodeEdit('%%%')).toHaveProperty('error');
    expect(decodeEdit(encodeEdit([] as never))).toHaveProperty('error');
  });

  it('refuses an edit longer than an address may carry, saying the limit and what to do', () => {
    const inject = { ...baseline.injects[0]!, type: 'statement', stance: 'x'.repeat(40) };
    const long = encodeEdit({ injects: Array.from({ length: 1000 }, () => inject) });
    expect(long.length).toBeGreaterThan(MAX_EDIT_LENGTH);
    const read = decodeEdit(long);
    expect(read).toEqual({
      error: expect.stringContaining(`at most ${MAX_EDIT_LENGTH.toLocaleString('en')}`),
    });
    expect((read as { error: string }).error).toContain('load the file in the editor');
    const fits = encodeEdit({ injects: Array.from({ length: 20 }, () => inject) });
    expect(decodeEdit(fits)).toHaveProperty('edit');
  });

  it('keeps only what differs from the built-in scenario', () => {
    const draft = mergeEdit(baseline, { overrides: { iran: { ceiling: 'direct' } } });
    expect(diffEdit(baseline, draft)).toEqual({ overrides: { iran: { ceiling: 'direct' } } });
    expect(diffEdit(baseline, { ...baseline })).toEqual({});
  });

  it('validates an edited scenario against the pack, naming the path of each problem', () => {
    const good = checkScenarioInput(
      mergeEdit(baseline, { overrides: { iran: { ceiling: 'direct' } } }),
      axisPack,
    );
    expect(good.ok).toBe(true);
    const bad = checkScenarioInput(
      mergeEdit(baseline, {
        injects: [
          {
            day: 1,
            type: 'attack',
            from: 'nobody',
            to: 'iran',
            means: 'drone',
            target: 'forces',
            severity: 2,
          },
        ],
      }),
      axisPack,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((issue) => issue.path.join('.'))).toContain('injects.0.severity');
  });

  it('writes YAML that parses back to the same scenario', () => {
    const draft = mergeEdit(baseline, { overrides: { iran: { ceiling: 'direct' } } });
    const text = scenarioYaml(draft);
    const back = checkScenarioInput(text, axisPack);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario.overrides).toEqual({ iran: { ceiling: 'direct' } });
    expect(parse(scenarioSource('baseline')!).id).toBe('baseline');
  });

  it('keeps red-line changes in the scenario and its YAML', () => {
    const redLines = { 'iran-attacked': { off: true } };
    const draft = mergeEdit(baseline, { overrides: { iran: { redLines } } });
    const back = checkScenarioInput(scenarioYaml(draft), axisPack);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario.overrides).toEqual({ iran: { redLines } });
  });

  it('moves an older link’s red-line changes into the overrides', () => {
    const draft = mergeEdit(baseline, {
      overrides: { iran: { ceiling: 'limited' } },
      redLines: { iran: { 'iran-attacked': { lift: 'direct' } } },
    });
    expect(draft.overrides).toEqual({
      iran: { ceiling: 'limited', redLines: { 'iran-attacked': { lift: 'direct' } } },
    });
    expect(checkScenarioInput(draft, axisPack).ok).toBe(true);
  });
});
