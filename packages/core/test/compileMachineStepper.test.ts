import { describe, expect, it } from 'vitest';
import { simulate } from '../src/index.js';
import { compileTransitionTable } from '../src/machine/compileMachineStepper.js';
import { createMachineStepper } from '../src/machine/createMachineStepper.js';
import { createPostureMachine } from '../src/machine/createPostureMachine.js';
import { fixturePack, fixtureScenario } from './fixtures.js';

describe('compileMachineStepper', () => {
  it('reads the transition table off the xstate definition, guards and order included', () => {
    const posture = fixturePack.actors.find((actor) => actor.posture.redLines.length > 0)!.posture;
    const machine = createPostureMachine(posture);
    const table = compileTransitionTable(machine, createMachineStepper(machine).initial());
    expect(Object.keys(table.states)).toEqual(Object.keys(machine.root.states));
    expect(table.root.RED_LINE).toEqual([{ guard: null, target: null, actions: ['liftCeiling'] }]);
    expect(table.root.ANSWER).toEqual([{ guard: null, target: null, actions: ['countAnswer'] }]);
    const ceilingState = posture.ceiling.value;
    const climbs = table.states[ceilingState]!.DAY!.filter(
      (t) => t.guard?.type === 'riseByRedLine',
    );
    expect(climbs).toHaveLength(1);
    expect(table.states[ceilingState]!.DAY!.at(-1)).toEqual({
      guard: null,
      target: null,
      actions: ['observeDay'],
    });
  });

  it('gives the same traces as stepping the machines with xstate', () => {
    for (let run = 0; run < 200; run++) {
      const compiled = simulate(fixturePack, fixtureScenario, { seed: 9, run });
      const xstate = simulate(fixturePack, fixtureScenario, {
        seed: 9,
        run,
        stepper: createMachineStepper,
      });
      expect(compiled).toEqual(xstate);
    }
  });
});
