import { describe, expect, it } from 'vitest';
import { describeInject, scenarioDifferences } from '../src/batch/scenarioDifferences.js';
import { parseScenario } from '../src/schema/parseScenario.js';
import { fixtureScenario, fixtureScenarioInput, fixturePack as pack } from './fixtures.js';

describe('scenarioDifferences', () => {
  it('finds nothing between a scenario and itself', () => {
    expect(scenarioDifferences(pack, fixtureScenario, fixtureScenario)).toEqual([]);
  });

  it('lists changed postures after overrides, the horizon and the scripted events each lacks', () => {
    const input = fixtureScenarioInput();
    const edited = parseScenario(
      {
        ...input,
        horizon: 60,
        injects: input.injects?.slice(1),
        overrides: { sponsor: { ceiling: 'limited', params: { deterrence: 0.9 } } },
      },
      { pack },
    );
    const differences = scenarioDifferences(pack, fixtureScenario, edited);
    expect(differences).toEqual([
      { path: 'horizon', a: '40', b: '60' },
      { path: 'sponsor.ceiling', a: 'indirect', b: 'limited' },
      { path: 'sponsor.params.deterrence', a: '0.2', b: '0.9' },
      {
        path: 'inject',
        a: 'day 0: proxy attacks adversary (rocket on territory, severity 0.3, at indirect)',
        b: '—',
      },
    ]);
  });

  it('describes each kind of scripted event in a few words', () => {
    expect(
      describeInject({ day: 20, type: 'ceasefire', parties: ['proxy', 'adversary'], days: 10 }),
    ).toBe('day 20: ceasefire among proxy, adversary for 10 days');
  });
});
