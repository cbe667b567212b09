import type { z } from 'zod';
import {
  type Pack,
  type PackSchema,
  type Posture,
  type Provenance,
  parsePack,
  parseScenario,
  type Rung,
  type Scenario,
  type ScenarioInput,
  sha256Hex,
  type Trace,
  type TraceDay,
  type WorldEvent,
} from '../src/index.js';

/**
 * Small hand-made content for core's tests: core must not import `@brink/data`, so these stand
 * in for a real pack. Three actors: a sponsor that backs and reins in a proxy, the proxy (ceiling
 * `indirect`, a red line lifting it to `limited` when its territory is hit hard) and an adversary.
 */

export type PackInput = z.input<typeof PackSchema>;

/** The fixture source text, one entry per paragraph. */
export const PARAGRAPHS = [
  'The Sponsor backs the Proxy politically and morally, and sends it arms and money.',
  'The Sponsor will not fight the Adversary itself, for fear of a wider war.',
  'The Proxy fires rockets and drones at the Adversary, within limits, unless its own territory is hit hard.',
  'The Adversary strikes back at the Proxy whenever the Proxy attacks it.',
] as const;

export const assumption = (why = 'a test fixture value'): Provenance => ({
  kind: 'assumption',
  why,
});

export const stated = (paragraph: number, quote: string): Provenance => ({
  kind: 'stated',
  paragraph,
  quote,
});

const sourced = <T>(value: T, provenance: Provenance = assumption()) => ({ value, provenance });

const params = (overrides: Partial<Record<string, number>> = {}) => ({
  reactivity: sourced(overrides.reactivity ?? 1),
  solidarity: sourced(overrides.solidarity ?? 0.5),
  deterrence: sourced(overrides.deterrence ?? 0.2),
  riskAversion: sourced(overrides.riskAversion ?? 0.2),
  obedience: sourced(overrides.obedience ?? 0.5),
  decay: sourced(overrides.decay ?? 0.2),
  mobilisationDelay: sourced(overrides.mobilisationDelay ?? 0),
});

/** A fresh copy of the fixture pack as written, before parsing; safe to mutate. */
export function fixturePackInput(): PackInput {
  return {
    id: 'fixture',
    version: '1.2.3',
    title: 'Fixture pack',
    description: 'A sponsor, its proxy and their adversary, for tests.',
    sources: [
      {
        id: 'fixture-text',
        title: 'Fixture text',
        publisher: 'Tests',
        published: '2024-01',
        attribution: 'Written for the tests of @brink/core.',
        sha256: sha256Hex(PARAGRAPHS.join('\n')),
        paragraphs: [...PARAGRAPHS],
      },
    ],
    world: {
      targetWeights: sourced({
        leadership: 1,
        territory: 0.8,
        personnel: 0.6,
        forces: 0.4,
        proxy: 0.2,
        shipping: 0.2,
      }),
      channelWeights: sourced({ political: 0.05, material: 0.12, indirect: 0.25 }),
      thresholds: sourced({
        dormant: 0,
        political: 0.05,
        material: 0.2,
        indirect: 0.4,
        limited: 0.7,
        direct: 1.1,
        war: 1.6,
      }),
      hysteresis: sourced(0.3),
      dwell: sourced(2),
      activity: sourced({
        dormant: 0,
        political: 0,
        material: 0,
        indirect: 0.5,
        limited: 0.6,
        direct: 0.75,
        war: 0.9,
      }),
      severity: sourced({
        dormant: [0, 0],
        political: [0, 0],
        material: [0, 0],
        indirect: [0.05, 0.3],
        limited: [0.2, 0.45],
        direct: [0.4, 0.75],
        war: [0.6, 1],
      }),
      riskActors: sourced(['adversary']),
      noise: sourced(0.05),
      memory: sourced(7),
    },
    actors: [
      {
        id: 'sponsor',
        name: 'Sponsor',
        bloc: 'axis',
        summary: 'Backs the proxy but keeps out of the fighting.',
        power: sourced(0.5),
        posture: {
          start: sourced('material', stated(1, 'sends it arms and money')),
          ceiling: sourced('indirect', stated(2, 'will not fight the Adversary itself')),
          allies: sourced(['proxy'], stated(1, 'The Sponsor backs the Proxy')),
          supports: [
            {
              to: 'proxy',
              channels: ['political', 'material', 'indirect'],
              provenance: stated(1, 'backs the Proxy politically and morally'),
            },
          ],
          restraint: {
            of: ['proxy'],
            above: 0.6,
            strength: 0.3,
            provenance: {
              kind: 'inferred',
              paragraph: 2,
              quote: 'for fear of a wider war',
              reasoning: 'A sponsor that fears a wider war reins its proxy in when one looms.',
            },
          },
          params: params({ reactivity: 0.5, mobilisationDelay: 3 }),
        },
      },
      {
        id: 'proxy',
        name: 'Proxy',
        bloc: 'axis',
        summary: 'Fires at the adversary within limits.',
        power: sourced(0.3),
        posture: {
          start: sourced(
            'indirect',
            stated(3, 'The Proxy fires rockets and drones at the Adversary'),
          ),
          floor: sourced('material'),
          ceiling: sourced('indirect', stated(3, 'within limits')),
          redLines: [
            {
              id: 'homeland-hit',
              label: "The proxy's territory is hit hard",
              when: {
                attack: {
                  by: ['adversary'],
                  targets: ['territory', 'leadership'],
                  minSeverity: 0.5,
                },
              },
              lift: 'limited',
              days: 10,
              provenance: stated(3, 'unless its own territory is hit hard'),
            },
          ],
          allies: sourced(['sponsor']),
          targets: [
            {
              adversary: 'adversary',
              means: ['rocket', 'drone'],
              classes: ['forces', 'territory'],
              weight: 1,
              provenance: stated(3, 'fires rockets and drones at the Adversary'),
            },
          ],
          params: params({ reactivity: 2, obedience: 0.6, mobilisationDelay: 1 }),
        },
      },
      {
        id: 'adversary',
        name: 'Adversary',
        bloc: 'other',
        summary: 'Strikes back at the proxy.',
        power: sourced(0.9),
        posture: {
          start: sourced('political'),
          ceiling: sourced('war'),
          allies: sourced([]),
          targets: [
            {
              adversary: 'proxy',
              means: ['airstrike'],
              classes: ['forces', 'territory'],
              weight: 1,
              retaliateOnly: true,
              provenance: stated(4, 'strikes back at the Proxy whenever the Proxy attacks it'),
            },
          ],
          params: params({ reactivity: 1.5, deterrence: 0 }),
        },
      },
    ],
    outcomes: [
      {
        id: 'proxy-open',
        label: 'The proxy fights openly',
        description: 'The proxy reaches the limited rung.',
        when: { reach: { actors: ['proxy'], atLeast: 'limited' } },
        provenance: stated(3, 'unless its own territory is hit hard'),
      },
      {
        id: 'exchange',
        label: 'Exchange of fire',
        description: 'The proxy and the adversary strike each other.',
        when: { exchange: { between: ['proxy'], and: ['adversary'], atLeast: 'indirect' } },
        provenance: assumption(),
      },
      {
        id: 'contained',
        label: 'Contained',
        description: 'The proxy never fights openly.',
        when: { not: { outcome: 'proxy-open' } },
        provenance: assumption(),
      },
    ],
  };
}

/** The fixture pack, parsed (so it is known to be a valid pack). */
export const fixturePack: Pack = parsePack(fixturePackInput());

/** A fresh copy of the fixture scenario as written; safe to mutate. */
export function fixtureScenarioInput(): ScenarioInput {
  return {
    id: 'fixture-escalation',
    title: 'The adversary hits the proxy hard',
    summary: 'The proxy opens fire; the adversary strikes its territory; then a truce.',
    pack: 'fixture',
    horizon: 40,
    injects: [
      {
        day: 0,
        type: 'attack',
        from: 'proxy',
        to: 'adversary',
        means: 'rocket',
        target: 'territory',
        severity: 0.3,
        rung: 'indirect',
      },
      {
        day: 5,
        type: 'attack',
        from: 'adversary',
        to: 'proxy',
        means: 'airstrike',
        target: 'territory',
        severity: 0.8,
        rung: 'limited',
      },
      { day: 20, type: 'ceasefire', parties: ['proxy', 'adversary'], days: 10 },
    ],
  };
}

export const fixtureScenario: Scenario = parseScenario(fixtureScenarioInput(), {
  pack: fixturePack,
});

/** A posture for machine tests: start `political`, ceiling `indirect`, no red lines, no delay. */
export function makePosture(
  options: {
    start?: Rung;
    floor?: Rung;
    ceiling?: Rung;
    redLines?: { id: string; lift: Rung }[];
    mobilisationDelay?: number;
  } = {},
): Posture {
  const posture: Posture = {
    start: sourced(options.start ?? 'political'),
    ceiling: sourced(options.ceiling ?? 'indirect'),
    redLines: (options.redLines ?? []).map(({ id, lift }) => ({
      id,
      label: `red line ${id}`,
      when: { attack: { targets: ['territory'], minSeverity: 0.5 } },
      lift,
      days: 10,
      provenance: assumption(),
    })),
    allies: sourced([]),
    supports: [],
    targets: [],
    params: params({ mobilisationDelay: options.mobilisationDelay ?? 0 }),
  };
  if (options.floor) posture.floor = sourced(options.floor);
  return posture;
}

/** A hand-made trace over the fixture pack's actors; unlisted actors stand `dormant`. */
export function makeTrace(
  days: { rungs?: Partial<Record<string, Rung>>; events?: WorldEvent[] }[],
): Trace {
  const traceDays: TraceDay[] = days.map((day, index) => ({
    day: index,
    rungs: Object.fromEntries(
      fixturePack.actors.map((actor) => [actor.id, day.rungs?.[actor.id] ?? 'dormant']),
    ) as Record<string, Rung>,
    events: day.events ?? [],
    decisions: [],
    redLines: [],
  }));
  return {
    scenario: 'hand-made',
    scenarioHash: 'hand-made',
    pack: fixturePack.id,
    packVersion: fixturePack.version,
    sourceHash: fixturePack.sources[0]!.sha256,
    engineVersion: 'test',
    seed: 0,
    run: 0,
    horizon: days.length,
    days: traceDays,
  };
}

/** An attack event with defaults for the fields a test does not care about. */
export function attack(
  from: string,
  to: string,
  options: { rung?: Rung; severity?: number } = {},
): WorldEvent {
  return {
    type: 'attack',
    from,
    to,
    means: 'rocket',
    target: 'forces',
    severity: options.severity ?? 0.3,
    rung: options.rung ?? 'indirect',
  };
}
