import { describeChoice, simulate } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineHoverText } from '../src/charts/TimelineHoverText';
import { actorViews } from '../src/lib/actors';

afterEach(cleanup);

const scenario = getScenario('strike-on-iran');
const trace = simulate(axisPack, scenario, { seed: 42 });
const actors = actorViews(axisPack, scenario);

describe('TimelineHoverText', () => {
  it('tells an initiative in core’s words, on the day it was taken', () => {
    const day = trace.days.find((d) => d.choices?.some((c) => c.rule === 'leadership'))!;
    const choice = day.choices!.find((c) => c.rule === 'leadership')!;
    const { container } = render(
      <TimelineHoverText
        trace={trace}
        actors={actors}
        hover={{ day: day.day, actor: choice.actor }}
      />,
    );
    expect(container.textContent).toContain(describeChoice(choice));
  });

  it('counts the attacks defences intercepted, on the defender and on the attacker', () => {
    const day = trace.days.find(
      (d) => (d.choices ?? []).filter((c) => c.rule === 'intercept').length > 1,
    )!;
    const intercepts = day.choices!.filter((c) => c.rule === 'intercept');
    const defender = intercepts[0]!.adversary;
    const stopped = intercepts.filter((c) => c.adversary === defender).length;
    const { container } = render(
      <TimelineHoverText trace={trace} actors={actors} hover={{ day: day.day, actor: defender }} />,
    );
    expect(container.textContent).toContain(
      `defences intercepted ${stopped} attack${stopped === 1 ? '' : 's'}.`,
    );
    cleanup();
    const attacker = intercepts[0]!.actor;
    const cut = intercepts.filter((c) => c.actor === attacker).length;
    const { container: made } = render(
      <TimelineHoverText trace={trace} actors={actors} hover={{ day: day.day, actor: attacker }} />,
    );
    expect(made.textContent).toMatch(
      new RegExp(`${cut} attacks? (it|they) made (was|were) intercepted`),
    );
  });
});
