import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  parseScenario,
  scenarioJsonSchema,
  scenarioSummary,
  simulate,
  ValidationError,
} from '../src/index.js';
import { fixturePack, fixtureScenarioInput } from './fixtures.js';

const pack = fixturePack;

const HEAD = ['id: what-if', 'title: What if?', 'summary: A test scenario.', 'pack: fixture'];

/** A YAML scenario: the head lines, then `lines`; line numbers in tests count from 1. */
const yaml = (...lines: string[]) => [...HEAD, ...lines].join('\n');

/** The `ValidationError` that parsing throws; fails the test when it throws nothing or else. */
function rejection(input: unknown): ValidationError {
  try {
    parseScenario(input, { pack });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError, but the scenario parsed');
}

/** Checks that an error names `path` (as written) on `line`, in its issues and its message. */
function expectIssue(error: ValidationError, path: string, line?: number) {
  const issue = error.issues.find((candidate) => formatIssue(candidate).includes(`${path}: `));
  expect(issue, `no issue at ${path} in:\n${error.message}`).toBeDefined();
  expect(error.message).toContain(path);
  if (line !== undefined) {
    expect(issue!.line).toBe(line);
    expect(error.message).toContain(`${line}:`);
  }
  return issue!;
}

const attackLine = (fields: string) =>
  `  - { day: 0, type: attack, from: adversary, to: proxy, means: airstrike, target: forces, severity: 0.5${fields} }`;

describe('parseScenario', () => {
  it('rejects an inject from an unknown actor, naming injects[0].from and its line', () => {
    const error = rejection(
      yaml(
        'horizon: 10',
        'injects:',
        '  - { day: 0, type: attack, from: ghost, to: proxy, means: rocket, target: forces, severity: 0.5, rung: indirect }',
      ),
    );
    const issue = expectIssue(error, 'injects[0].from', 7);
    expect(issue.path).toEqual(['injects', 0, 'from']);
    expect(issue.message).toContain('ghost');
  });

  it('rejects an unknown actor in an inject given as an object, naming its path without a line', () => {
    const input = fixtureScenarioInput();
    input.injects![1] = { day: 1, type: 'restrain', from: 'sponsor', to: 'nobody' };
    const issue = expectIssue(rejection(input), 'injects[1].to');
    expect(issue.path).toEqual(['injects', 1, 'to']);
    expect(issue.line).toBeUndefined();
  });

  it('rejects overrides of an unknown actor when checked against a pack', () => {
    const text = yaml('horizon: 10', 'overrides:', '  ghost: { ceiling: war }');
    expect(() => parseScenario(text)).not.toThrow();
    const issue = expectIssue(rejection(text), 'overrides.ghost', 7);
    expect(issue.path).toEqual(['overrides', 'ghost']);
  });

  it('rejects an inject on a day beyond the horizon', () => {
    const error = rejection(
      yaml(
        'horizon: 10',
        'injects:',
        '  - { day: 10, type: statement, from: proxy, stance: defiant }',
      ),
    );
    expect(expectIssue(error, 'injects[0].day', 7).message).toContain('horizon');
  });

  it('rejects a severity outside 0..1', () => {
    for (const severity of ['1.5', '-0.1']) {
      const text = yaml(
        'horizon: 10',
        'injects:',
        attackLine('').replace('severity: 0.5', `severity: ${severity}`),
      );
      expectIssue(rejection(text), 'injects[0].severity', 7);
    }
  });

  it('rejects an unknown rung in an inject and in an override', () => {
    expectIssue(
      rejection(yaml('horizon: 10', 'injects:', attackLine(', rung: nuclear'))),
      'injects[0].rung',
      7,
    );
    expectIssue(
      rejection(yaml('horizon: 10', 'overrides:', '  proxy: { ceiling: nuclear }')),
      'overrides.proxy.ceiling',
      7,
    );
  });

  it('rejects an unknown means', () => {
    const text = yaml('horizon: 10', 'injects:', attackLine('').replace('airstrike', 'catapult'));
    expect(expectIssue(rejection(text), 'injects[0].means', 7).message).toContain('rocket');
  });

  it('rejects a value of the wrong type, such as a horizon written as a string', () => {
    expectIssue(rejection(yaml('horizon: "ten"')), 'horizon', 5);
    const input = { ...fixtureScenarioInput(), horizon: '40' };
    expect(expectIssue(rejection(input), 'horizon').path).toEqual(['horizon']);
  });

  it('states the horizon’s limits for a horizon out of range, not only for a fraction', () => {
    for (const horizon of ['0', '5000', '12.5']) {
      expect(expectIssue(rejection(yaml(`horizon: ${horizon}`)), 'horizon', 5).message).toBe(
        'horizon must be a whole number of days from 1 to 3650',
      );
    }
  });

  it('rejects broken YAML with the line of the syntax error', () => {
    const stray = rejection(
      ['id: what-if', 'title: T', 'summary: S', '- oops', 'pack: fixture'].join('\n'),
    );
    expect(stray.issues[0]!.line).toBe(4);
    expect(stray.message).toContain('4:1');
    expect(stray.message).toContain('YAML');

    const unbalanced = rejection(
      yaml('horizon: 10', 'injects:', '  - { day: 0, type: statement, from: proxy, stance: x }}'),
    );
    expect(unbalanced.issues.map((issue) => issue.line)).toEqual([7]);
  });

  it('rejects a key given twice in YAML, on the line of the second', () => {
    const error = rejection(yaml('horizon: 10', 'horizon: 20'));
    expect(error.issues[0]!.line).toBe(6);
  });

  it('rejects an unknown top-level key, naming it', () => {
    const error = rejection(yaml('horizon: 10', 'colour: red'));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain('colour');
    expect(error.issues[0]!.line).toBeDefined();
    expect(rejection({ ...fixtureScenarioInput(), colour: 'red' }).message).toContain('colour');
  });

  it('rejects a scenario written for another pack', () => {
    expectIssue(rejection({ ...fixtureScenarioInput(), pack: 'other' }), 'pack');
  });

  it('rejects a scripted attack above the attacker’s ceiling unless an override lifts it', () => {
    // A scripted attack defaults to `limited`, above the proxy's `indirect` ceiling.
    const line =
      '  - { day: 0, type: attack, from: proxy, to: adversary, means: rocket, target: forces, severity: 0.5 }';
    expect(
      expectIssue(rejection(yaml('horizon: 10', 'injects:', line)), 'injects[0].rung', 7).message,
    ).toContain('overrides.proxy.ceiling');
    const lifted = parseScenario(
      yaml('horizon: 10', 'overrides:', '  proxy: { ceiling: limited }', 'injects:', line),
      {
        pack,
      },
    );
    expect(lifted.injects[0]).toMatchObject({ from: 'proxy', rung: 'limited' });
  });

  it('parses a valid YAML scenario and fills in its defaults', () => {
    const scenario = parseScenario(yaml('horizon: 30', 'injects:', attackLine('')), { pack });
    expect(scenario).toEqual({
      id: 'what-if',
      title: 'What if?',
      summary: 'A test scenario.',
      pack: 'fixture',
      horizon: 30,
      tags: [],
      overrides: {},
      injects: [
        {
          day: 0,
          type: 'attack',
          from: 'adversary',
          to: 'proxy',
          means: 'airstrike',
          target: 'forces',
          severity: 0.5,
          rung: 'limited',
        },
      ],
    });
    expect(parseScenario(yaml('horizon: 30')).injects).toEqual([]);
  });

  it('parses the same scenario from JSON text and from an object', () => {
    const input = fixtureScenarioInput();
    expect(parseScenario(JSON.stringify(input), { pack })).toEqual(parseScenario(input, { pack }));
  });

  it('rejects YAML with an alias to no anchor with a ValidationError at its line', () => {
    expect(rejection('*a').issues[0]!.line).toBe(1);
  });

  it('rejects YAML with a billion-laughs alias bomb with a ValidationError', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      `b: &b [${Array(10).fill('*a').join(', ')}]`,
      `c: &c [${Array(10).fill('*b').join(', ')}]`,
      `d: [${Array(10).fill('*c').join(', ')}]`,
    ].join('\n');
    rejection(bomb);
  });

  /** Parses and briefly runs an input; anything but a ValidationError is a failure. */
  const parsesAndRunsOrRejects = (input: unknown) => {
    try {
      const scenario = parseScenario(input, { pack });
      simulate(pack, scenario, { seed: 1, horizon: 5 });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  };

  it('throws nothing but a ValidationError for any input whatever', () => {
    fc.assert(fc.property(fc.anything(), parsesAndRunsOrRejects), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), parsesAndRunsOrRejects), { numRuns: 200 });
  });

  it('throws nothing but a ValidationError when any field of a valid scenario is replaced', () => {
    const paths: (string | number)[][] = [
      ['id'],
      ['title'],
      ['summary'],
      ['tags'],
      ['pack'],
      ['horizon'],
      ['overrides'],
      ['overrides', 'proxy'],
      ['overrides', 'proxy', 'start'],
      ['overrides', 'proxy', 'floor'],
      ['overrides', 'proxy', 'ceiling'],
      ['overrides', 'proxy', 'power'],
      ['overrides', 'proxy', 'params'],
      ['overrides', 'sponsor', 'params', 'mobilisationDelay'],
      ['overrides', 'adversary', 'params', 'decay'],
      ['overrides', 'proxy', 'params', 'obedience'],
      ['injects'],
      ['injects', 0],
      ['injects', 3],
      ...['day', 'type', 'from', 'to', 'means', 'target', 'severity', 'rung'].map((key) => [
        'injects',
        1,
        key,
      ]),
      ...['day', 'parties', 'days'].map((key) => ['injects', 2, key]),
      ['injects', 2, 'parties', 0],
    ];
    const plausible = fc.constantFrom<unknown>(
      'sponsor',
      'proxy',
      'adversary',
      'fixture',
      'dormant',
      'indirect',
      'limited',
      'war',
      'attack',
      'ceasefire',
      'statement',
      'rocket',
      'territory',
      0,
      1,
      4,
      5,
      39,
      40,
      -1,
      0.5,
      1.5,
      1e9,
      [],
      {},
      { ceiling: 'war' },
      { start: 'war' },
      { floor: 'war', start: 'dormant' },
    );
    const DELETE = Symbol('delete');
    const mutation = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(fc.anything(), plausible, fc.double(), fc.integer(), fc.constant(DELETE)),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const input = fixtureScenarioInput() as Record<string | number, unknown>;
        for (const { path, value } of mutations)
          setAt(input, path, value === DELETE ? undefined : value);
        parsesAndRunsOrRejects(input);
      }),
      { numRuns: 500 },
    );
  });
});

/** Sets (or, with `undefined`, deletes) the value at a path, creating objects on the way. */
function setAt(root: Record<string | number, unknown>, path: (string | number)[], value: unknown) {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string | number, unknown>;
    if (record[key] === null || typeof record[key] !== 'object') record[key] = {};
    node = record[key];
  }
  if (node === null || typeof node !== 'object') return;
  const last = path.at(-1)!;
  if (value === undefined) delete (node as Record<string | number, unknown>)[last];
  else (node as Record<string | number, unknown>)[last] = value;
}

describe('numeric ranges', () => {
  const base = 'id: x\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: 30\n';
  it.each([
    ['reactivity: 1e308', 'overrides.a.params.reactivity', /at most 10/],
    ['decay: 0', 'overrides.a.params.decay', /./],
    ['obedience: 1.5', 'overrides.a.params.obedience', /./],
    ['mobilisationDelay: 1e9', 'overrides.a.params.mobilisationDelay', /at most 3,650 days/],
    ['nonsense: 1', 'overrides.a.params.nonsense', /^is not a field here \(known: reactivity, /],
  ])('refuses the override %s, at its path', (param, path, message) => {
    let error: unknown;
    try {
      parseScenario(`${base}overrides:\n  a:\n    params: { ${param} }\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).issues[0]!;
    expect(issue.path.join('.')).toBe(path);
    expect(issue.message).toMatch(message);
  });

  it('refuses an inject day past 3,650', () => {
    expect(() =>
      parseScenario(
        `${base}injects:\n  - { day: 100000, type: statement, from: a, stance: calm }\n`,
      ),
    ).toThrow(/day must be at most 3,650/);
  });
});

describe('one pass', () => {
  it('reports the schema’s problems and the pack’s together, each at its line and column, in file order', () => {
    const error = rejection(
      yaml(
        'horizon: 10',
        'overrides:',
        '  ghost: { ceiling: war }',
        '  proxy: { power: 2, ceiling: war }',
        'injects:',
        '  - { day: 12, type: statement, from: nobody, stance: calm }',
        '  - { day: 1, type: attack, from: adversary, to: proxy, means: laser, target: forces, severity: 0.5 }',
        '  - { day: 1, type: restrain, from: sponsor, to: phantom, extra: 1 }',
        '  - { day: 1, type: rumour, from: ghost }',
        '  - { day: 3, type: ceasefire, parties: [proxy, Bad, wraith], days: 2 }',
      ),
    );
    expect(error.issues.map(formatIssue)).toEqual([
      '7:10 overrides.ghost: unknown actor "ghost" (known: sponsor, proxy, adversary)',
      '8:19 overrides.proxy.power: must be at most 1',
      '10:12 injects[0].day: day 12 is beyond the horizon (days 0..9)',
      '10:39 injects[0].from: unknown actor "nobody" (known: sponsor, proxy, adversary)',
      '11:64 injects[1].means: must be one of rocket, drone, missile, airstrike, ground (how the attack is made), not "laser"',
      '12:50 injects[2].to: unknown actor "phantom" (known: sponsor, proxy, adversary)',
      '12:66 injects[2].extra: is not a field here (known: type, from, to, day)',
      '13:21 injects[3].type: must be one of attack, support, restrain, ceasefire, statement, not "rumour"',
      '14:49 injects[4].parties[1]: must be a lower-case id (a-z, 0-9, -)',
      '14:54 injects[4].parties[2]: unknown actor "wraith" (known: sponsor, proxy, adversary)',
    ]);
  });

  it('checks only what passed the schema: an unreadable ceiling raises no ceiling complaint', () => {
    const error = rejection(
      yaml(
        'horizon: 10',
        'overrides:',
        '  adversary: { ceiling: total-war }',
        'injects:',
        '  - { day: 1, type: attack, from: adversary, to: proxy, means: rocket, target: forces, severity: 0.5, rung: war }',
      ),
    );
    expect(error.issues.map((issue) => formatIssue(issue).replace(/ \(.*$/, ''))).toEqual([
      expect.stringMatching(/^7:25 overrides\.adversary\.ceiling: must be one of dormant, /),
    ]);
  });
});

describe('messages in plain words', () => {
  it('says a missing key is missing, a wrong type what it must be, an empty text that it may not be', () => {
    let error: unknown;
    try {
      parseScenario('id: x\ntitle: 5\nsummary: ""\npack: axis-2023\nhorizon: 10\ntags: {}\n');
    } catch (caught) {
      error = caught;
    }
    expect((error as ValidationError).issues.map(formatIssue)).toEqual([
      '2:8 title: must be a text (a short title, shown in lists and above every run), not the number 5',
      '3:10 summary: may not be empty',
      '6:7 tags: must be a list (words to group scenarios by, e.g. counterfactual), not a mapping of keys to values',
    ]);
    expect(() => parseScenario('id: x\nsummary: s\npack: axis-2023\nhorizon: 10\n')).toThrow(
      /^ {2}1:1 title: is missing: a short title, shown in lists and above every run$/m,
    );
  });

  it('asks no summary of a scenario, and shows one made from what it does in its place', () => {
    const text = ['id: what-if', 'title: What if?', 'pack: fixture', 'horizon: 10', 'injects:'];
    text.push('  - { day: 2, type: statement, from: proxy, stance: calm }');
    const scenario = parseScenario(text.join('\n'), { pack });
    expect(scenario.summary).toBeUndefined();
    expect(scenarioSummary(scenario)).toBe(
      '10 days on the fixture pack; postures as in the pack; 1 scripted inject.',
    );
    expect(scenarioSummary({ ...scenario, summary: '  Its own words. ' })).toBe('Its own words.');
  });

  it('explains each field by its schema description, the text the JSON Schema carries', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { description?: string }> };
    const issue = expectIssue(rejection({ ...fixtureScenarioInput(), title: 5 }), 'title');
    expect(issue.message).toBe(
      `must be a text (${schema.properties.title!.description}), not the number 5`,
    );
    const missing = rejection({
      ...fixtureScenarioInput(),
      injects: [{ day: 1, type: 'restrain', from: 'sponsor' }],
    });
    expect(expectIssue(missing, 'injects[0].to').message).toBe(
      'is missing: the id of the actor acted on',
    );
  });
});
