import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  compileModel,
  machineRungs,
  parseScenario,
  ValidationError,
} from '../src/index.js';
import { fixturePack, fixtureScenarioInput } from './fixtures.js';

const withRedLines = (redLines: Record<string, unknown>) =>
  parseScenario(
    { ...fixtureScenarioInput(), overrides: { proxy: { redLines } } },
    { pack: fixturePack },
  );

const proxy = fixturePack.actors.find((actor) => actor.id === 'proxy')!;

describe('red-line overrides', () => {
  it('switch a red line off: its rungs leave the machine', () => {
    const scenario = withRedLines({ 'homeland-hit': { off: true } });
    const edited = applyOverrides(proxy, scenario);
    expect(edited.posture.redLines).toEqual([]);
    expect(machineRungs(edited.posture)).toEqual(['material', 'indirect']);
  });

  it('change what a red line does, and say so in its provenance', () => {
    const scenario = withRedLines({
      'homeland-hit': { lift: 'direct', days: 3, minSeverity: 0.9 },
    });
    const [redLine] = applyOverrides(proxy, scenario).posture.redLines;
    expect(redLine).toMatchObject({
      lift: 'direct',
      days: 3,
      when: { attack: { minSeverity: 0.9 } },
    });
    expect(redLine!.provenance.kind).toBe('assumption');
    expect(compileModel(fixturePack, scenario).actors[1]!.rules.ceiling).toBe(3);
    // The pack itself is untouched.
    expect(proxy.posture.redLines[0]!.lift).toBe('limited');
  });

  it('reject an unknown red line, or a lift that lifts nothing, naming the path', () => {
    expect(() => withRedLines({ nope: { off: true } })).toThrow(
      /overrides\.proxy\.redLines\.nope: proxy has no red line "nope"/,
    );
    expect(() => withRedLines({ 'homeland-hit': { lift: 'indirect' } })).toThrow(ValidationError);
    expect(() => withRedLines({ 'homeland-hit': { lift: 'indirect' } })).toThrow(
      /redLines\.homeland-hit\.lift/,
    );
  });
});
