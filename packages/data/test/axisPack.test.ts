import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkModel, provenanceFields, sha256Hex, walkProvenance } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, axisPack, getRecord } from '../src/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SHA256 = 'bca8be46bc91fa3e844f4e576e52bd15d015595286c4e272d0a120d0bf7a2d1a';

describe('the article as a source', () => {
  it('ships the article byte for byte, with the sha256 of the sources README', () => {
    const shipped = readFileSync(here('../sources/axis-2023-article.txt'), 'utf8');
    expect(sha256Hex(shipped)).toBe(SHA256);
    expect(axisPack.sources[0]!.sha256).toBe(SHA256);
    const shared = here('../../../../shared/sources/axis-2023-article.txt');
    if (existsSync(shared)) expect(readFileSync(shared, 'utf8')).toBe(shipped);
  });

  it('has six paragraphs and keeps its typographic apostrophes and dashes', () => {
    expect(articleParagraphs).toHaveLength(6);
    expect(articleParagraphs.join('\n')).toContain('Iran’s supreme leader');
    expect(articleParagraphs[0]).toContain(' — ');
  });

  it('says the report was disputed', () => {
    expect(axisPack.sources[0]!.caveat).toMatch(/disputed/);
  });
});

describe('axisPack', () => {
  const quoted: { path: string; paragraph: number; quote: string; kind: string }[] = [];
  walkProvenance(axisPack, (provenance, path) => {
    if (provenance.kind === 'stated' || provenance.kind === 'inferred') {
      quoted.push({
        path: path.join('.'),
        paragraph: provenance.paragraph,
        quote: provenance.quote,
        kind: provenance.kind,
      });
    }
  });

  it('quotes the article verbatim, apostrophes and dashes included', () => {
    expect(quoted.length).toBeGreaterThan(10);
    for (const { path, paragraph, quote } of quoted) {
      expect(articleParagraphs[paragraph - 1], path).toContain(quote);
    }
  });

  it('gives every stated field a quote and every assumption a reason', () => {
    walkProvenance(axisPack, (provenance, path) => {
      if (provenance.kind === 'stated')
        expect(provenance.quote.length, path.join('.')).toBeGreaterThan(10);
      if (provenance.kind === 'inferred')
        expect(provenance.reasoning.length, path.join('.')).toBeGreaterThan(10);
      if (provenance.kind === 'assumption')
        expect(provenance.why.length, path.join('.')).toBeGreaterThan(10);
      if (provenance.kind === 'recorded')
        expect(provenance.reasoning.length, path.join('.')).toBeGreaterThan(10);
    });
  });

  it('rests every recorded field on events of the public record', () => {
    const record = getRecord('axis-2023-2025');
    const events = new Set(record.events.map((event) => event.id));
    let recorded = 0;
    walkProvenance(axisPack, (provenance, path) => {
      if (provenance.kind !== 'recorded') return;
      recorded++;
      expect(provenance.record, path.join('.')).toBe(record.id);
      for (const event of provenance.events) expect(events.has(event), event).toBe(true);
    });
    expect(recorded).toBeGreaterThan(0);
  });

  it('marks as stated only what the article says, not the readings issue 13 found mislabelled', () => {
    const fields = provenanceFields(axisPack);
    const kind = (field: string) => fields.get(field)?.kind;
    for (const field of [
      'iran.allies',
      'iran.supports[0]',
      'iran.supports[1]',
      'iran.supports[3]',
      'iran.supports[4]',
      'hezbollah.params.mobilisationDelay',
      'outcomes.us-direct',
    ]) {
      expect(kind(field), field).toBe('inferred');
    }
    expect(kind('houthis.params.obedience')).toBe('recorded');
    // The supports are those of Hamas, Hezbollah, Syria, the Iraqi militias and the Houthis.
    const iran = axisPack.actors.find((actor) => actor.id === 'iran')!;
    expect(iran.posture.supports.map((support) => support.to)).toEqual([
      'hamas',
      'hezbollah',
      'syria',
      'iraqi-militias',
      'houthis',
    ]);
  });

  it('has the eight actors of DESIGN §3, covering every actor the article names', () => {
    expect(axisPack.actors.map((actor) => actor.id)).toEqual([
      'iran',
      'hamas',
      'hezbollah',
      'syria',
      'iraqi-militias',
      'houthis',
      'israel',
      'us',
    ]);
    // The article names Iran, Hamas, Hezbollah, Syrian government forces, factions from Iraq
    // to Yemen, Israel and the United States.
    const text = articleParagraphs.join('\n');
    for (const [phrase, id] of [
      ['Iran', 'iran'],
      ['Hamas', 'hamas'],
      ['Hezbollah', 'hezbollah'],
      ['Syrian government forces', 'syria'],
      ['from Iraq', 'iraqi-militias'],
      ['to Yemen', 'houthis'],
      ['Israel', 'israel'],
      ['United States', 'us'],
    ] as const) {
      expect(text).toContain(phrase);
      expect(
        axisPack.actors.some((actor) => actor.id === id),
        id,
      ).toBe(true);
    }
  });

  it('states Iran’s posture in the article’s own words', () => {
    const iran = axisPack.actors.find((actor) => actor.id === 'iran')!;
    const quotes = (kinds: string[]) =>
      quoted
        .filter((q) => kinds.includes(q.kind))
        .map((q) => q.quote)
        .join('\n');
    expect(iran.posture.ceiling.value).toBe('indirect');
    expect(iran.posture.ceiling.provenance.kind).toBe('stated');
    for (const words of [
      'direct military intervention',
      'multiple fronts simultaneously',
      'superior firepower',
    ]) {
      expect(quotes(['stated']), words).toContain(words);
    }
    for (const words of [
      'political and moral backing',
      'rocket and drone attacks',
      'the United States',
      'rapidly mobilise',
      'priorities and domestic challenges',
    ]) {
      expect(quotes(['stated', 'inferred']), words).toContain(words);
    }
  });

  it('defines the outcomes later work relies on', () => {
    const ids = axisPack.outcomes.map((outcome) => outcome.id);
    for (const id of ['iran-direct', 'us-direct', 'multi-front', 'regional-war', 'contained']) {
      expect(ids).toContain(id);
    }
  });

  it('passes the model check: no rung above a ceiling without a red line, every rung up to it reachable', () => {
    const checks = checkModel(axisPack);
    expect(checks).toHaveLength(8);
    for (const check of checks) {
      expect(check.problems, check.actor).toEqual([]);
      expect(check.ungatedEdges, check.actor).toEqual([]);
      const ceiling = check.states.indexOf(check.ceiling);
      expect(check.reachable, check.actor).toEqual(check.states.slice(0, ceiling + 1));
      expect(check.reachableWithRedLines, check.actor).toEqual(check.states);
    }
    const iran = checks.find((check) => check.actor === 'iran')!;
    expect(iran.reachable).not.toContain('limited');
    expect(iran.redLineGated).toEqual(['limited', 'direct']);
  });
});
