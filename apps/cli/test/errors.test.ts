import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brink, brinkProcess, SHORT, tempDir } from './cli.js';

const dir = tempDir();
const broken = join(dir, 'broken.yaml');
writeFileSync(
  broken,
  'id: broken\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: 30\ninjects:\n  - { day: 0\n',
);
const aFile = join(dir, 'a-file.txt');
writeFileSync(aFile, 'not a folder\n');
mkdirSync(join(dir, 'folder.csv'));

/** [what, args, exit code, the one stderr line expected]. */
// Sweep paths and values have their own unit tests (sweepGrid.test.ts); here, one of each kind.
const CASES: [string, string[], number, RegExp][] = [
  [
    'an unknown scenario id, with the nearest suggested',
    ['run', 'basline'],
    1,
    /^brink: unknown scenario "basline" \(did you mean "baseline"\?\); built-in: baseline, .*\n$/,
  ],
  [
    'a missing scenario file',
    ['batch', 'missing.yaml', '--runs', '2'],
    1,
    /^brink: cannot read scenario file missing\.yaml: no such file or directory\n$/,
  ],
  [
    'broken YAML, with its line',
    ['run', broken],
    1,
    new RegExp(`^brink: ${broken}:8:1 \\(root\\): YAML: .+\\n$`),
  ],
  [
    '--runs 0',
    ['batch', SHORT, '--runs', '0'],
    2,
    /^brink: --runs must be a whole number from 1 to 10,000,000, not "0"\n$/,
  ],
  [
    '--runs abc',
    ['batch', SHORT, '--runs', 'abc'],
    2,
    /^brink: --runs must be a whole number .*, not "abc"\n$/,
  ],
  [
    '--workers 0',
    ['batch', SHORT, '--workers', '0'],
    2,
    /^brink: --workers must be a whole number from 1 to 256, not "0"\n$/,
  ],
  [
    'a negative seed',
    ['run', SHORT, '--seed', '-1'],
    2,
    /^brink: --seed must be a whole number from 0 to 9,007,199,254,740,991, not "-1"\n$/,
  ],
  [
    'a fractional seed',
    ['batch', SHORT, '--seed', '1.5'],
    2,
    /^brink: --seed must be a whole number from 0 to 9,007,199,254,740,991, not "1.5"\n$/,
  ],
  [
    'an output path in a folder that does not exist',
    ['batch', SHORT, '--runs', '2', '--out', join(dir, 'no', 'such', 'runs.ndjson')],
    1,
    /^brink: cannot write .*runs\.ndjson: there is no folder .*\n$/,
  ],
  [
    'an output path under a file',
    ['batch', SHORT, '--runs', '2', '--out', join(aFile, 'runs.csv')],
    1,
    /^brink: cannot write .*runs\.csv: .*a-file\.txt is not a folder\n$/,
  ],
  [
    'an output path that is a folder',
    ['batch', SHORT, '--runs', '2', '--out', join(dir, 'folder.csv')],
    1,
    /^brink: cannot write .*folder\.csv: it is a folder\n$/,
  ],
  [
    'an output format it cannot write',
    ['batch', SHORT, '--out', 'runs.txt'],
    2,
    /^brink: --out runs\.txt: the file name must end in \.ndjson, \.jsonl, \.csv/,
  ],
  ['--resume without --out', ['batch', SHORT, '--resume'], 2, /^brink: --resume needs --out FILE/],
  [
    'an unknown command',
    ['bach', 'baseline'],
    2,
    /^brink: unknown command 'bach' \(did you mean batch\?\)\n$/,
  ],
  [
    'an unknown option',
    ['batch', 'baseline', '--rusn', '5'],
    2,
    /^brink: unknown option '--rusn' \(did you mean --runs\?\)\n$/,
  ],
  ['a missing argument', ['run'], 2, /^brink: missing required argument 'scenario'\n$/],
  [
    'an unknown format',
    ['run', SHORT, '--format', 'xml'],
    2,
    /^brink: option .*--format.* argument 'xml' is invalid\. Allowed choices are text, json\.\n$/,
  ],
  [
    'an unknown actor',
    ['run', SHORT, '--actor', 'irn'],
    2,
    /^brink: unknown actor "irn" \(did you mean "iran"\?\); actors: /,
  ],
  [
    'a horizon beyond the scenario',
    ['run', SHORT, '--horizon', '31'],
    2,
    /^brink: --horizon 31 is beyond the scenario's 30 days\n$/,
  ],
  [
    'explain without --actor',
    ['explain', SHORT],
    2,
    /^brink: required option '-a, --actor <id>' not specified\n$/,
  ],
  [
    'a day beyond the scenario',
    ['explain', SHORT, '--actor', 'iran', '--day', '30'],
    2,
    /^brink: --day 30 is beyond the scenario: its days are 0 to 29\n$/,
  ],
  [
    'an unknown pack',
    ['check', '--pack', 'axis'],
    1,
    /^brink: unknown pack "axis"; packs: axis-2023\n$/,
  ],
  [
    'a sweep path without a value',
    ['sweep', SHORT, '--param', 'iran.ceiling'],
    2,
    /^brink: --param iran\.ceiling: expected PATH=VALUES/,
  ],
  [
    'a sweep of an unknown field',
    ['sweep', SHORT, '--param', 'iran.ceilin=direct'],
    2,
    /^brink: --param iran\.ceilin: "ceilin" is not a posture field .*\(did you mean "iran\.ceiling"\?\)/,
  ],
  [
    'a sweep point that is not a valid scenario',
    ['sweep', SHORT, '--param', 'iran.ceiling=political,indirect'],
    2,
    /^brink: --param iran\.ceiling=political: not a valid scenario: overrides\.iran\.ceiling: start "material" is above ceiling "political"\n$/,
  ],
];

describe.concurrent('brink, given bad input', () => {
  // Relative paths (missing.yaml, runs.txt) are read from the temporary folder, as a user's are
  // from theirs; the commands run in this process (see `brink`).
  const cwd = process.cwd();
  beforeAll(() => process.chdir(dir));
  afterAll(() => process.chdir(cwd));

  it.each(CASES)(
    'reports %s in one line and exits as documented',
    async (_what, args, code, message) => {
      const result = await brink(args);
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe('');
    },
  );

  it('shows the stack only with --debug', async ({ expect }) => {
    // As a process: what reaches the shell is exit 1 and one line, nothing of Node's own.
    const plain = await brinkProcess(['run', 'basline']);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^brink: unknown scenario "basline" .*\n$/);
    const debug = await brink(['run', 'basline', '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toContain('    at ');
  });

  it('prints its help on stderr and exits 2 when given no command', async ({ expect }) => {
    const result = await brinkProcess([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: brink');
  });

  it('leaves nothing that looks complete when the output cannot be written', async ({ expect }) => {
    const out = join(dir, 'no', 'runs.ndjson');
    const result = await brink(['batch', SHORT, '--runs', '2', '--out', out]);
    expect(result.code).toBe(1);
    expect(existsSync(`${out}.manifest.json`)).toBe(false);
  });
});
