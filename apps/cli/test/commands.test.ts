import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axisPack, scenarios } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { brink, brinkProcess, SHORT, tempDir } from './cli.js';

const COMMANDS = [
  'list',
  'run',
  'batch',
  'sweep',
  'explore',
  'compare',
  'explain',
  'check',
  'validate',
  'schema',
];

describe.concurrent('brink', () => {
  // The two a user types first, as processes: `--version` answers before the program loads.
  it('prints its version, engine and pack', async ({ expect }) => {
    const result = await brinkProcess(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^brink \d+\.\d+\.\d+ \(engine \d+\.\d+\.\d+, pack axis-2023 /);
  });

  it('lists every command, with examples and exit codes, in --help', async ({ expect }) => {
    const result = await brinkProcess(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`\n  ${command} `);
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 invalid input');
  });

  it.for(COMMANDS)('explains %s in its --help, with examples', async (command, { expect }) => {
    const result = await brink([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: brink ${command}`);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--no-color');
    expect(result.stderr).toBe('');
  });
});

describe('brink list', () => {
  it('names every built-in scenario with its title and horizon, and the pack', async () => {
    const result = await brink(['list']);
    expect(result.code).toBe(0);
    for (const scenario of Object.values(scenarios)) {
      expect(result.stdout).toContain(scenario.id);
      expect(result.stdout).toContain(`${scenario.horizon} days`);
    }
    expect(result.stdout).toContain(`${axisPack.id}  ${axisPack.version}`);
  });

  it('gives the same as JSON', async () => {
    const result = await brink(['list', '--json']);
    const document = JSON.parse(result.stdout);
    expect(document.scenarios.map((s: { id: string }) => s.id)).toEqual(Object.keys(scenarios));
    expect(document.packs[0].actors).toHaveLength(axisPack.actors.length);
  });
});

describe('brink run', () => {
  it('opens with a strip per actor and a legend, then tells the run with its sources', async () => {
    // Seed 2: a run in which the graded red line is crossed (it is in most runs, not all).
    const result = await brink(['run', 'strike-on-iran', '--seed', '2']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    for (const actor of axisPack.actors) {
      const strip = lines.find((line) => line.startsWith(`  ${actor.name}  `));
      expect(strip, actor.name).toBeDefined();
      expect(strip!.length).toBeLessThanOrEqual(100);
    }
    expect(result.stdout).toContain('· dormant  ▁ political  ▂ material');
    expect(result.stdout).toMatch(/one column = \d+ days/);
    // The strike on day 30 crosses Iran's red line: marked under Iran's strip (with any later
    // crossing by a further strike).
    expect(result.stdout).toMatch(/\n {21}[ ─]*![─! ]* +iran-attacked → limited/);
    expect(result.stdout).toContain('\nDay 0 — ');
    expect(result.stdout).toMatch(/axis-2023-article ¶\d: “/);
    expect(result.stdout).toContain('assumption:');
    // Piped output has no colour codes.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('is the same run for the same seed, and another for another seed', async () => {
    const [a, b, c] = await Promise.all([
      brink(['run', 'baseline', '--seed', '3']),
      brink(['run', 'baseline', '--seed', '3']),
      brink(['run', 'baseline', '--seed', '4']),
    ]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it('shows only the chosen actors with --actor', async () => {
    const result = await brink(['run', 'baseline', '--actor', 'iran,hezbollah']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  Iran  ');
    expect(result.stdout).toContain('  Hezbollah  ');
    expect(result.stdout).not.toContain('  United States  ');
  });

  it('prints the trace of DESIGN §6 with --format json, cut at --horizon', async () => {
    const result = await brink([
      'run',
      SHORT,
      '--format',
      'json',
      '--horizon',
      '10',
      '--seed',
      '5',
    ]);
    expect(result.code).toBe(0);
    const trace = JSON.parse(result.stdout);
    expect(trace).toMatchObject({
      scenario: 'short-strike',
      pack: 'axis-2023',
      seed: 5,
      horizon: 10,
    });
    expect(trace.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(trace.days).toHaveLength(10);
    expect(Object.keys(trace.days[0].rungs)).toEqual(axisPack.actors.map((actor) => actor.id));
  });

  it('colours only when asked: FORCE_COLOR yes, NO_COLOR no', async () => {
    const forced = await brink(['run', SHORT], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const none = await brink(['run', SHORT], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(none.stdout).not.toContain('\u001b[');
  });
});

describe('brink explain', () => {
  it('walks the chain of decisions that brought an actor to its rung', async () => {
    const result = await brink([
      'explain',
      'strike-on-iran',
      '--actor',
      'iran',
      '--seed',
      '2',
      '--day',
      '33',
    ]);
    expect(result.code).toBe(0);
    // Seed 2 crosses the graded red line; on day 33 Iran's bounded answer is under way.
    expect(result.stdout).toMatch(/^Iran on day 33 of strike-on-iran \(seed 2\): \w+/);
    expect(result.stdout).toContain('iran.ceiling — stated, axis-2023-article ¶2');
    expect(result.stdout).toMatch(/day \d+ +\w+ → \w+ +\(rule \w+\)/);
    expect(result.stdout).toMatch(/values: drive -?[\d.]+ .*threshold/);
    expect(result.stdout).toContain('red line crossed');
  });

  it('makes its verbs agree with an actor the pack names in the plural', async () => {
    const result = await brink(['explain', 'baseline', '--actor', 'houthis', '--day', '0']);
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/On day 0 Houthis \(Yemen\) stand at \w+; their ceiling is /);
    expect(text).not.toMatch(/Houthis \(Yemen\) (stands|rises|steps down) /);
  });

  it('gives the chain as JSON', async () => {
    const result = await brink(['explain', 'baseline', '--actor', 'hezbollah', '--json']);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({ actor: 'hezbollah', day: 119, seed: 42 });
    expect(document.chain.length).toBeGreaterThan(0);
    expect(document.chain[0].decision.provenance.length).toBeGreaterThan(0);
  });
});

describe('brink check', () => {
  it('proves every machine keeps its ceiling and exits 0', async () => {
    const result = await brink(['check']);
    expect(result.code).toBe(0);
    for (const actor of axisPack.actors) expect(result.stdout).toContain(`  ${actor.id} `);
    expect(result.stdout).toContain('✓ every machine keeps its posture');
    // Iran: ceiling indirect; limited and direct only behind its red lines.
    expect(result.stdout).toMatch(
      /\n {2}iran +indirect +··●●!!· +material … indirect +limited, direct +✓ holds\n/,
    );
  });
});

describe('brink validate', () => {
  const dir = tempDir();
  const broken = join(dir, 'broken.yaml');
  writeFileSync(broken, 'id: x\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: [30\n');
  const invalid = join(dir, 'invalid.yaml');
  writeFileSync(
    invalid,
    readFileSync(SHORT, 'utf8')
      .replace('horizon: 30', 'horizon: 10')
      .replace('to: iran', 'to: irn'),
  );

  it('says ok for valid files', async () => {
    const builtIn = join(SHORT, '../../../../../packages/data/scenarios/baseline.yaml');
    const result = await brink(['validate', SHORT, builtIn]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${SHORT}: ok (short-strike, 30 days)\n${builtIn}: ok (baseline, 120 days)\n`,
    );
  });

  it('names each problem as file:line:col path: message and exits 1', async () => {
    const result = await brink(['validate', SHORT, broken, invalid]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${SHORT}: ok`);
    expect(result.stdout).toMatch(new RegExp(`${broken}:\\d+:\\d+ \\(root\\): YAML: `));
    // The line of the second inject's fields, wherever the fixture's formatting puts them.
    const text = readFileSync(invalid, 'utf8').split('\n');
    const lineOf = (pattern: RegExp) => text.findIndex((line) => pattern.test(line)) + 1;
    const dayLine = lineOf(/day: 12/);
    const toLine = lineOf(/to: irn/);
    expect(result.stdout).toMatch(
      new RegExp(`${invalid}:${dayLine}:\\d+ injects\\[1\\]\\.day: day 12 is beyond the horizon`),
    );
    expect(result.stdout).toMatch(
      new RegExp(`${invalid}:${toLine}:\\d+ injects\\[1\\]\\.to: unknown actor "irn"`),
    );
    expect(result.stderr).toBe('brink: 2 of 3 files invalid\n');
  });
});

describe('brink schema', () => {
  it('prints the scenario JSON Schema', async () => {
    const result = await brink(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.title).toBe('Brink scenario');
    expect(schema.properties.horizon).toBeDefined();
  });

  it('prints the pack JSON Schema with --pack, the outcomes over time and `recorded` in it', async () => {
    const result = await brink(['schema', '--pack']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.title).toBe('Brink content pack');
    for (const word of ['"pause"', '"stepDown"', '"daysAt"', '"rate"', '"recorded"'])
      expect(result.stdout).toContain(word);
  });
});
