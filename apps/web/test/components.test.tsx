import { DECISION_VALUE_LABELS, describeChoice, RUNGS, simulate } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlaybackControls } from '../src/components/PlaybackControls';
import { WhyPanel } from '../src/components/WhyPanel';
import { actorViews } from '../src/lib/actors';
import { choicesOn, decisionsOn } from '../src/lib/traceData';

afterEach(cleanup);

const scenario = getScenario('strike-on-iran');
const trace = simulate(axisPack, scenario, { seed: 42 });
const iran = actorViews(axisPack, scenario).find((actor) => actor.id === 'iran')!;

describe('WhyPanel', () => {
  it('shows the rule, the values compared and the provenance of a decision taken that day', () => {
    const day = trace.days.findIndex((d) => decisionsOn(trace, 'iran', d.day).length > 0);
    const decision = decisionsOn(trace, 'iran', day)[0]!;
    render(<WhyPanel trace={trace} actor={iran} day={day} />);
    expect(screen.getByText(decision.rule)).toBeTruthy();
    expect(screen.getByText('threshold')).toBeTruthy();
    expect(screen.getAllByText(/stated|inferred|assumption/).length).toBeGreaterThan(0);
    const links = screen.getAllByRole('link');
    expect(links[0]!.getAttribute('href')).toMatch(/^\/source\?rule=/);
  });

  it('on a quiet day, says since when the actor has held its rung', () => {
    const changes = trace.days.filter((d) => decisionsOn(trace, 'iran', d.day).length > 0);
    const first = changes[0]!.day;
    const quiet = trace.days.findIndex(
      (d) => d.day > first && decisionsOn(trace, 'iran', d.day).length === 0,
    );
    render(<WhyPanel trace={trace} actor={iran} day={quiet} />);
    expect(screen.getByText(/No change today/)).toBeTruthy();
  });

  it('before any change, shows the starting rung and what it rests on', () => {
    render(<WhyPanel trace={trace} actor={iran} day={0} />);
    expect(screen.getByText(/starting rung/)).toBeTruthy();
    expect(screen.getByText('iran.start')).toBeTruthy();
  });

  it('makes its verbs agree with an actor the pack names in the plural', () => {
    const militias = actorViews(axisPack, scenario).find((actor) => actor.id === 'iraqi-militias')!;
    expect(militias.actor.plural).toBe(true);
    const moves = trace.days.filter((d) => decisionsOn(trace, 'iraqi-militias', d.day).length > 0);
    expect(moves.length).toBeGreaterThan(0);
    const { container } = render(<WhyPanel trace={trace} actor={militias} day={moves[0]!.day} />);
    const head = container.querySelector('.decision-head')!.textContent!;
    expect(head).toMatch(/^Iraqi militias (rise|step down) /);
    cleanup();
    render(<WhyPanel trace={trace} actor={militias} day={0} />);
    expect(screen.getByText(/No change yet/).textContent).toMatch(
      /^No change yet: Iraqi militias are at their starting rung/,
    );
    cleanup();
    const { container: singular } = render(
      <WhyPanel trace={trace} actor={iran} day={moves[0]!.day} />,
    );
    expect(singular.textContent).not.toMatch(/Iran (rise|step down|are|have) /);
  });
});

describe('WhyPanel: the values a decision compared', () => {
  const views = actorViews(axisPack, scenario);
  const find = (has: string) => {
    for (const d of trace.days) {
      const decision = d.decisions.find((x) => has in x.values);
      if (decision) return { day: d.day, decision };
    }
    throw new Error(`no decision with ${has}`);
  };
  const rows = (day: number, actor: string) => {
    render(<WhyPanel trace={trace} actor={views.find((a) => a.id === actor)!} day={day} />);
    return Object.fromEntries(
      [...document.querySelectorAll('.values tr')].map((tr) => [
        tr.querySelector('th')!.textContent,
        tr.querySelector('td')!.textContent,
      ]),
    );
  };

  it('shows the cause then and now, even at zero, and the day the actor took its rung', () => {
    const { day, decision } = find('since');
    const before = Object.keys(decision.values).find((key) => key.endsWith('Before'))!;
    const shown = rows(day, decision.actor);
    expect(shown).toHaveProperty(DECISION_VALUE_LABELS[before]!);
    expect(shown[DECISION_VALUE_LABELS.since!]).toBe(`day ${decision.values.since}`);
  });

  it('names the rung of a coerced cap and counts the strikes left of a closed answer', () => {
    const capped = find('cap');
    expect(rows(capped.day, capped.decision.actor)[DECISION_VALUE_LABELS.cap!]).toBe(
      RUNGS[capped.decision.values.cap!],
    );
    cleanup();
    const closed = find('answerLeft');
    const shown = rows(closed.day, closed.decision.actor);
    expect(shown[DECISION_VALUE_LABELS.answerLeft!]).toBe('0');
    expect(shown[DECISION_VALUE_LABELS.ceiling!]).toBe(RUNGS[closed.decision.values.ceiling!]);
  });
});

describe('WhyPanel: attack choices', () => {
  const views = actorViews(axisPack, scenario);
  const view = (id: string) => views.find((actor) => actor.id === id)!;
  const initiativeDay = trace.days.find((d) =>
    d.choices?.some((choice) => choice.rule === 'leadership' || choice.rule === 'preempt'),
  )!;
  const initiative = initiativeDay.choices!.find((choice) => choice.rule !== 'intercept')!;

  it('tells an initiative in core’s words to its maker, its target and the sponsor holding it', () => {
    // The run has one: Israel's own strike on Hezbollah, its chance cut by the US's hold.
    expect(initiative).toMatchObject({ actor: 'israel', adversary: 'hezbollah' });
    expect(initiative.why).toMatch(/cut by us's hold/);
    for (const id of ['israel', 'hezbollah', 'us']) {
      const { getByTestId } = render(
        <WhyPanel trace={trace} actor={view(id)} day={initiativeDay.day} />,
      );
      const panel = getByTestId('why-choices');
      // Told first, before the day's interceptions.
      expect(panel.querySelector('.choice')!.textContent).toContain(describeChoice(initiative));
      const fields = [...panel.querySelectorAll('.basis-head code')].map(
        (code) => code.textContent,
      );
      expect(fields).toEqual(expect.arrayContaining(initiative.provenance.map((b) => b.field)));
      cleanup();
    }
    // Iran neither made, suffered nor held it.
    expect(choicesOn(trace, 'iran', initiativeDay.day)).not.toContainEqual(initiative);
  });

  it('lists each interception of the day and what they rest on once', () => {
    const day = trace.days.find(
      (d) =>
        (d.choices ?? []).filter(
          (choice) => choice.rule === 'intercept' && choice.adversary === 'israel',
        ).length > 1,
    )!;
    const intercepts = choicesOn(trace, 'israel', day.day).filter((c) => c.rule === 'intercept');
    const { getByTestId } = render(<WhyPanel trace={trace} actor={view('israel')} day={day.day} />);
    const panel = getByTestId('why-choices');
    expect(panel.querySelectorAll('.choice-intercept').length).toBe(intercepts.length);
    for (const choice of intercepts) expect(panel.textContent).toContain(describeChoice(choice));
    const fields = [...panel.querySelectorAll('.basis-head code')].map((code) => code.textContent);
    expect(fields.filter((field) => field === 'israel.defences.intercept')).toHaveLength(1);
  });

  it('shows no choices on a day without any', () => {
    const day = trace.days.find((d) => choicesOn(trace, 'iran', d.day).length === 0)!;
    const { queryByTestId } = render(<WhyPanel trace={trace} actor={iran} day={day.day} />);
    expect(queryByTestId('why-choices')).toBeNull();
  });
});

describe('PlaybackControls', () => {
  it('sends play, steps and seeks, from buttons and from the keyboard', () => {
    const send = vi.fn();
    render(<PlaybackControls day={5} horizon={10} playing={false} speed={5} send={send} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'One day forward' }));
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.body, { key: ' ' });
    fireEvent.change(screen.getByRole('slider'), { target: { value: '7' } });
    expect(send.mock.calls.map(([event]) => event)).toEqual([
      { type: 'TOGGLE' },
      { type: 'STEP', delta: 1 },
      { type: 'STEP', delta: -1 },
      { type: 'TOGGLE' },
      { type: 'SEEK', day: 7 },
    ]);
  });

  it('leaves keys typed into a field alone', () => {
    const send = vi.fn();
    render(
      <>
        <input aria-label="text" />
        <PlaybackControls day={5} horizon={10} playing={false} speed={5} send={send} />
      </>,
    );
    fireEvent.keyDown(screen.getByLabelText('text'), { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByLabelText('text'), { key: ' ' });
    expect(send).not.toHaveBeenCalled();
  });

  it('plays and pauses with Space while the day slider has focus, and leaves it its arrows', () => {
    const send = vi.fn();
    render(<PlaybackControls day={5} horizon={10} playing={false} speed={5} send={send} />);
    const slider = screen.getByRole('slider');
    slider.focus();
    fireEvent.keyDown(slider, { key: ' ' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(send.mock.calls.map(([event]) => event)).toEqual([{ type: 'TOGGLE' }]);
  });
});
