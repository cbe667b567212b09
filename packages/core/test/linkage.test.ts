import { describe, expect, it } from 'vitest';
import { type Pack, parsePack, parseScenario, simulate, type Trace } from '../src/index.js';
import { assumption, fixturePackInput, fixtureScenarioInput } from './fixtures.js';

const RUNS = 200;
const PAUSE = { from: 10, until: 25 };

/** The fixture pack, the proxy's fire at the adversary tied to its sponsor's war if `linked`. */
function pack(linked: boolean): Pack {
  const input = fixturePackInput();
  const target = input.actors[1]!.posture.targets![0]!;
  // Undeterred, so that what pauses and resumes its fire is the linkage alone (the adversary's
  // firepower would otherwise hold it back once the fighting stops: deterrence before fighting).
  input.actors[1]!.posture.params.deterrence.value = 0;
  if (linked) target.linkedTo = { ally: 'sponsor', provenance: assumption() };
  return parsePack(input);
}

/** The fixture's strikes, then a ceasefire between the sponsor (not the proxy) and the adversary. */
function scenario(p: Pack) {
  const input = fixtureScenarioInput();
  input.injects = [
    ...input.injects!.slice(0, 2),
    {
      day: PAUSE.from,
      type: 'ceasefire',
      parties: ['sponsor', 'adversary'],
      days: PAUSE.until - PAUSE.from,
    },
  ];
  return parseScenario(input, { pack: p });
}

/** The proxy's attacks on the adversary, by whether they fell inside the pause. */
function proxyFire(traces: Trace[]) {
  let inside = 0;
  let outside = 0;
  for (const trace of traces)
    for (const day of trace.days)
      for (const e of day.events) {
        if (e.type !== 'attack' || e.from !== 'proxy' || e.to !== 'adversary') continue;
        if (day.day >= PAUSE.from && day.day < PAUSE.until) inside++;
        else outside++;
      }
  return { inside, outside };
}

const runs = (p: Pack) =>
  Array.from({ length: RUNS }, (_, run) => simulate(p, scenario(p), { seed: 5, run }));

describe('linkage', () => {
  it("pauses fire tied to an ally's war while the ally's ceasefire holds, and resumes after", () => {
    const { inside, outside } = proxyFire(runs(pack(true)));
    expect(inside).toBe(0);
    // It resumes: the proxy fires after the pause, not only before it.
    const after = runs(pack(true)).filter((t) =>
      t.days.some(
        (d) =>
          d.day >= PAUSE.until && d.events.some((e) => e.type === 'attack' && e.from === 'proxy'),
      ),
    ).length;
    expect(outside).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(RUNS / 2);
  });

  it('leaves fire that is not linked alone: a ceasefire stops only its parties', () => {
    const { inside } = proxyFire(runs(pack(false)));
    expect(inside).toBeGreaterThan(RUNS);
  });

  it('rejects a link to an unknown ally, naming the path', () => {
    const input = fixturePackInput();
    input.actors[1]!.posture.targets![0]!.linkedTo = { ally: 'nobody', provenance: assumption() };
    expect(() => parsePack(input)).toThrow(/targets\[0\]\.linkedTo\.ally/);
  });
});
