import type { Scenario } from '../../src/index.js';
import { parseScenario } from '../../src/index.js';
import { fixturePack } from '../fixtures.js';

/**
 * A small record of the fixture pack, as YAML, with its lines numbered from 1 so that tests can
 * name them: three events (proxy on days 0 and 3, sponsor on day 2) and four facts.
 */
export const RECORD_LINES = [
  'id: fixture-record', // 1
  'title: A fixture record', // 2
  'pack: fixture', // 3
  'scenario: fixture-hindcast', // 4
  'epoch: "2024-01-30"', // 5
  'end: "2024-03-01"', // 6
  'summary: Three events.', // 7
  'limits: Made up for tests.', // 8
  'events:', // 9
  '  - id: p1', // 10
  '    date: "2024-01-30"', // 11
  '    day: 0', // 12
  '    actor: proxy', // 13
  '    type: attack', // 14
  '    against: adversary', // 15
  '    target: forces', // 16
  '    action: The proxy fires at the adversary.', // 17
  '    rung: indirect', // 18
  '    coding: Deniable fire.', // 19
  '    status: confirmed', // 20
  '    scripted: true', // 21
  '    sources:', // 22
  '      - { outlet: One, title: First report, url: "https://example.org/a" }', // 23
  '      - { outlet: Two, title: Second report, url: "https://example.org/b" }', // 24
  '  - id: s1', // 25
  '    date: "2024-02-01"', // 26
  '    day: 2', // 27
  '    actor: sponsor', // 28
  '    type: statement', // 29
  '    action: The sponsor threatens.', // 30
  '    rung: limited', // 31
  '    coding: Open strikes.', // 32
  '    status: single-source', // 33
  '    sources:', // 34
  '      - { outlet: One, title: Third report, url: "https://example.org/c" }', // 35
  '  - id: p2', // 36
  '    date: "2024-02-02"', // 37
  '    day: 3', // 38
  '    actor: proxy', // 39
  '    type: ceasefire', // 40
  '    against: adversary', // 41
  '    action: A truce.', // 42
  '    rung: material', // 43
  '    coding: It stops firing.', // 44
  '    status: contested', // 45
  '    disagreement: The adversary denies there is a truce.', // 46
  '    sources:', // 47
  '      - { outlet: Two, title: Fourth report, url: "https://example.org/d" }', // 48
  'facts:', // 49
  '  - id: proxy-fires', // 50
  '    title: The proxy fired at once', // 51
  '    kind: escalation', // 52
  '    claim: It fired on days 0 and 1.', // 53
  '    events: [p1]', // 54
  '    measure: { actors: [proxy], atLeast: indirect, from: 0, to: 1, over: all }', // 55
  '    share: 0.5', // 56
  '  - id: proxy-strikes-openly', // 57
  '    title: The proxy struck openly', // 58
  '    kind: escalation', // 59
  '    claim: At some point in February it struck openly.', // 60
  '    events: [p1]', // 61
  '    measure: { actors: [proxy], atLeast: limited, from: 2, to: 31, over: any }', // 62
  '    share: 0.6', // 63
  '  - id: both-hold', // 64
  '    title: Both held back in February', // 65
  '    kind: restraint', // 66
  '    claim: Neither used force.', // 67
  '    events: [s1, p2]', // 68
  '    measure: { actors: [proxy, sponsor], atMost: material, from: 2, to: 30, over: all }', // 69
  '    share: 0.5', // 70
  '  - id: sponsor-holds', // 71
  '    title: The sponsor never used force', // 72
  '    kind: de-escalation', // 73
  '    claim: Throughout.', // 74
  '    events: [s1]', // 75
  '    measure: { actors: [sponsor], atMost: material, from: 0, to: 31, over: all }', // 76
  '    share: 1', // 77
];

export const RECORD_YAML = RECORD_LINES.join('\n');

/** The record's text with line `n` (from 1) replaced, or removed when `text` is null. */
export function withLine(n: number, text: string | null): string {
  const lines = [...RECORD_LINES];
  if (text === null) lines.splice(n - 1, 1);
  else lines[n - 1] = text;
  return lines.join('\n');
}

/** The hindcast scenario of the fixture record: the proxy's day-0 attack scripted. */
export const fixtureHindcast: Scenario = parseScenario(
  {
    id: 'fixture-hindcast',
    title: 'Fixture hindcast',
    summary: 'The proxy attack of day 0.',
    pack: 'fixture',
    horizon: 32,
    injects: [
      {
        day: 0,
        type: 'attack',
        from: 'proxy',
        to: 'adversary',
        means: 'rocket',
        target: 'forces',
        severity: 0.5,
        rung: 'indirect',
      },
    ],
  },
  { pack: fixturePack },
);
