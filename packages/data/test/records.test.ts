import { dayOf, parseRecord, RUNGS, recordedRungs, recordMonths } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack, getRecord, getScenario, publicRecords, recordSource } from '../src/index.js';

const record = getRecord('axis-2023-2025');

describe('the axis-2023-2025 public record', () => {
  it('parses the shipped YAML to the same record, checked against the pack and its hindcast scenario', () => {
    const scenario = getScenario(record.scenario);
    expect(parseRecord(recordSource(record.id)!, { pack: axisPack, scenario })).toEqual(record);
    expect(Object.keys(publicRecords)).toEqual(['axis-2023-2025']);
  });

  it('has at least 40 events from October 2023 to June 2025, covering every actor of the pack', () => {
    expect(record.events.length).toBeGreaterThanOrEqual(40);
    expect(record.epoch).toBe('2023-10-07');
    const dates = record.events.map((event) => event.date).sort();
    expect(dates[0]! >= '2023-10-01').toBe(true);
    expect(dates.at(-1)! <= '2025-06-30').toBe(true);
    const actors = new Set(record.events.map((event) => event.actor));
    for (const actor of axisPack.actors) expect(actors, actor.id).toContain(actor.id);
  });

  it('says how many events it has, in its summary', () => {
    const words = ['Forty', 'Fifty', 'Sixty'];
    const count = record.events.length;
    const tens = words[Math.floor(count / 10) - 4];
    const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][
      count % 10
    ];
    expect(record.summary).toContain(`${tens}${units ? `-${units}` : ''} dated events`);
  });

  it('lists its events in day order, with every day matching its date', () => {
    const days = record.events.map((event) => event.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const event of record.events) expect(dayOf(record.epoch, event.date)).toBe(event.day);
  });

  it('compiles at least ten stylised facts, of escalation and of de-escalation', () => {
    expect(record.facts.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(record.facts.map((fact) => fact.kind));
    expect(kinds).toContain('escalation');
    expect(kinds).toContain('de-escalation');
  });

  it('cites every source with an outlet, a title and a web address', () => {
    for (const event of record.events) {
      for (const source of event.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it('scripts in its hindcast scenario exactly the events it marks scripted, and nothing else', () => {
    const scenario = getScenario(record.scenario);
    const scripted = new Set(record.events.filter((e) => e.scripted).map((e) => e.day));
    for (const inject of scenario.injects)
      expect(scripted, `inject on day ${inject.day}`).toContain(inject.day);
    expect(scenario.horizon).toBe(dayOf(record.epoch, record.end)! + 1);
  });

  it('gives every actor a rung line from its first event to the end of the record', () => {
    const lines = recordedRungs(record, recordMonths(record.epoch, record.end));
    for (const actor of axisPack.actors) {
      const line = lines[actor.id]!;
      expect(line).toHaveLength(21);
      const first = line.findIndex((month) => month.rung !== null);
      expect(line.slice(first).every((month) => RUNGS.includes(month.rung!))).toBe(true);
    }
  });
});
