import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brink, finish, type Result, SHORT, tempDir } from './cli.js';

const dir = tempDir();
const STACK = /^\s+at\s|\n\s+at\s|internal error/;

/** [what, args, exit code, the stderr expected]. */
const CASES: [string, string[], number, RegExp][] = [
  [
    'a scenario id named like a built-in property',
    ['run', 'constructor'],
    1,
    /^brink: unknown scenario "constructor"; built-in: /,
  ],
  [
    'a batch of toString',
    ['batch', 'toString', '--runs', '2'],
    1,
    /^brink: unknown scenario "toString"/,
  ],
  [
    'a pack named __proto__',
    ['check', '--pack', '__proto__'],
    1,
    /^brink: unknown pack "__proto__"; packs: axis-2023\n$/,
  ],
  ['a run of __proto__', ['run', '__proto__'], 1, /^brink: unknown scenario "__proto__"/],
  [
    'an endless input',
    ['run', '/dev/zero'],
    1,
    /^brink: cannot read scenario file \/dev\/zero: it is larger than 1 MB, the most a document may be\n$/,
  ],
  [
    'a grid of a million points',
    [
      'sweep',
      'baseline',
      '--param',
      'iran.params.reactivity=0:0.999:0.001',
      '--param',
      'iran.params.solidarity=0:0.999:0.001',
      '--runs',
      '1',
    ],
    2,
    /^brink: --param .*1,000,000 grid points; a sweep has at most 10,000: use fewer values or a coarser step\n$/,
  ],
  [
    'a parameter of 1e308',
    ['sweep', 'baseline', '--param', 'iran.params.reactivity=1e308', '--runs', '1'],
    2,
    /^brink: --param iran\.params\.reactivity=1e\+308: not a valid scenario: overrides\.iran\.params\.reactivity: must be at most 10\n$/,
  ],
  [
    'a --queue URL with a password',
    ['batch', SHORT, '--queue', 'redis://:S3cr3t@127.0.0.1:6379/abc'],
    2,
    /^brink: --queue must be .*not "redis:\/\/:\*\*\*@127\.0\.0\.1:6379\/abc": "abc" is not a database number\n$/,
  ],
  [
    'a --queue password with a bad %-escape',
    ['batch', SHORT, '--queue', 'redis://:S3%zz@127.0.0.1:6379'],
    2,
    /the password has a malformed %-escape/,
  ],
  [
    '--force without --out',
    ['batch', SHORT, '--force'],
    2,
    /^brink: --force needs --out FILE: the file to replace\n$/,
  ],
  [
    'a horizon that leaves out a scripted inject',
    ['run', 'strike-on-iran', '--horizon', '20'],
    0,
    /^brink: --horizon 20 leaves out the scripted inject on day 20 or later: day 30 attack israel → iran\n$/,
  ],
];

describe('faults found by trying the CLI as users and attackers would', () => {
  it.each(CASES)('%s', async (_what, args, code, stderr) => {
    const result = await brink(args);
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code });
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).not.toContain('S3cr3t');
  });

  it('refuses a scenario file whose pack is "constructor", at its line', async () => {
    const path = join(dir, 'pack-constructor.yaml');
    writeFileSync(path, 'id: x\ntitle: t\nsummary: s\npack: constructor\nhorizon: 10\n');
    const result = await brink(['run', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `brink: ${path}:4:7 pack: "constructor" is reserved; choose another id\n`,
    );
  });

  it('validates a file in one pass: schema and pack problems together, each with line, column and path, in plain words', async () => {
    const path = join(dir, 'many-problems.yaml');
    writeFileSync(
      path,
      [
        'id: what-if',
        'title: What if?',
        'pack: axis-2023',
        'horizon: 30',
        'injects:',
        '  - { day: 40, type: statement, from: iran, stance: calm }',
        '  - { day: 2, type: restrain, from: iran, to: atlantis }',
        '  - { day: 3, type: attack, from: israel, to: iran, means: laser, target: forces, severity: 0.5 }',
        '  - { day: 4, type: statement, stance: calm }',
      ].join('\n'),
    );
    const result = await brink(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      `${path}:6:12 injects[0].day: day 40 is beyond the horizon (days 0..29)`,
      `${path}:7:47 injects[1].to: unknown actor "atlantis" (known: iran, hamas, hezbollah, syria, iraqi-militias, houthis, israel, us)`,
      `${path}:8:60 injects[2].means: must be one of rocket, drone, missile, airstrike, ground (how the attack is made), not "laser"`,
      `${path}:9:5 injects[3].from: is missing: the id of the actor who acts, one of the pack's actors`,
    ]);
    expect(result.stderr).toBe('brink: 1 of 1 file invalid\n');
  });

  it('refuses input nested 100,000 levels deep with a plain message', async () => {
    const path = join(dir, 'deep.yaml');
    writeFileSync(
      path,
      `id: x\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: 10\nnotes: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    );
    const result = await brink(['run', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`brink: ${path}:6:72 (root): nested more than 64 levels deep`);
    expect(result.stderr).not.toMatch(STACK);
  });

  it.each([
    [['schema']],
    [['batch', SHORT, '--runs', '4', '--workers', '1', '--json']],
    [['run', SHORT]],
  ])('says in one line that stdout cannot be written (a full device), exit 1: %j', async (args) => {
    const result = await runWithStdout(args, '/dev/full');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/brink: cannot write to stdout: no space left on device\n$/);
    expect(result.stderr).not.toMatch(STACK);
  });
});

/** Runs brink as a process with its stdout sent to a file (a device), as a shell redirection does. */
async function runWithStdout(args: readonly string[], path: string): Promise<Result> {
  const { spawn } = await import('node:child_process');
  const { openSync, closeSync } = await import('node:fs');
  const { BIN, cliEnv } = await import('./cli.js');
  const fd = openSync(path, 'w');
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: cliEnv(),
    stdio: ['ignore', fd, 'pipe'],
  });
  closeSync(fd);
  return finish(child);
}

// The property: whatever the arguments and the file given, brink ends within a bound with exit
// 0, 1 or 2, never a stack trace (none is asked for: no --debug), and a usage error in one line.
// Each case runs in this process (a crash would fail the test as it would end a process), in
// the temporary folder, so that a relative --out lands there.
const COMMANDS = [
  'run',
  'batch',
  'sweep',
  'compare',
  'explain',
  'check',
  'validate',
  'schema',
  'list',
];
const WORDS = [
  'baseline',
  'constructor',
  '__proto__',
  'toString',
  '--runs',
  '--seed',
  '--workers',
  '--out',
  '--json',
  '--force',
  '--resume',
  '--param',
  '--actor',
  '--horizon',
  '--day',
  '--pack',
  '--format',
  '-1',
  '0',
  '1',
  '3',
  '1e308',
  'NaN',
  '',
  ' ',
  '%',
  'iran',
  'iran.params.reactivity=0:1:0.5',
  'iran.power=2',
  'x.ndjson',
  'x.csv',
  '/dev/zero',
  '/',
  '.',
  '{',
  '[[[',
  'axis-2023',
  '--no-color',
  '--quiet',
  '--help',
  'ü',
  '9007199254740993',
];
const HANG_MS = 45_000;

describe('any input', () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(dir));
  afterAll(() => process.chdir(cwd));

  it('gives exit 0, 1 or 2 within a bound, never a stack trace', async () => {
    let file = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMANDS),
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), {
          maxLength: 5,
        }),
        fc.option(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.constantFrom(
              'id: x\n',
              'pack: constructor\n',
              '&a [*a]',
              'horizon: 1e308\n',
              '{"id": 1}',
            ),
          ),
          { nil: undefined },
        ),
        async (command, words, text) => {
          const args = [command];
          if (text !== undefined) {
            const path = join(dir, `input-${file++}.yaml`);
            writeFileSync(path, text);
            args.push(path);
          }
          // Keep batches small: the property is about answers, not about work.
          args.push(...words.map((word) => (word === '--runs' ? '--runs=2' : word)), '--workers=1');
          if (command !== 'batch' && command !== 'sweep' && command !== 'compare') args.pop();
          let timer: NodeJS.Timeout | undefined;
          const hung = new Promise<'hung'>((resolve) => {
            timer = setTimeout(() => resolve('hung'), HANG_MS);
          });
          const result = await Promise.race([brink(args), hung]);
          clearTimeout(timer);
          expect(result, `hung: brink ${JSON.stringify(args)}`).not.toBe('hung');
          if (result === 'hung') return;
          const context = `brink ${JSON.stringify(args)}\n${result.stderr}`;
          expect([0, 1, 2], context).toContain(result.code);
          expect(result.stderr, context).not.toMatch(STACK);
          if (result.code === 2)
            expect(result.stderr.split('\n').filter(Boolean), context).toHaveLength(1);
        },
      ),
      { numRuns: 24, interruptAfterTimeLimit: 300_000 },
    );
  }, 600_000);
});
