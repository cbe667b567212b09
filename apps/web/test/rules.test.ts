import { axisPack } from '@brink/data';
import { describe, expect, it } from 'vitest';
import {
  isQuoted,
  packRules,
  rulesByParagraph,
  segmentParagraph,
  sourceHref,
} from '../src/lib/rules';

describe('packRules', () => {
  const rules = packRules(axisPack);

  it('names fields the way decisions do', () => {
    const fields = rules.map((rule) => rule.field);
    expect(fields).toContain('iran.ceiling');
    expect(fields).toContain('iran.params.solidarity');
    expect(fields).toContain('iran.supports[0]');
    expect(fields).toContain('iran.redLines[0]');
    expect(fields).toContain('world.thresholds');
  });

  it('finds every quoted rule in the paragraph it cites', () => {
    for (const [paragraph, list] of rulesByParagraph(rules)) {
      const text = axisPack.sources[0]!.paragraphs[paragraph - 1]!;
      for (const rule of list) {
        expect(isQuoted(rule.provenance)).toBe(true);
        if (isQuoted(rule.provenance)) expect(text).toContain(rule.provenance.quote);
      }
    }
  });

  it('leaves rules on the record and assumptions out of the paragraphs', () => {
    const listed = [...rulesByParagraph(rules).values()].flat();
    const recorded = rules.filter((rule) => rule.provenance.kind === 'recorded');
    expect(recorded.map((rule) => rule.field)).toContain('houthis.params.obedience');
    for (const rule of recorded) expect(listed).not.toContain(rule);
  });
});

describe('segmentParagraph', () => {
  it('cuts overlapping quotes into stretches that list every rule covering them', () => {
    const segments = segmentParagraph('abcdefgh', [
      { quote: 'bcd', field: 'x' },
      { quote: 'cdef', field: 'y' },
    ]);
    expect(segments.map((s) => [s.text, s.fields])).toEqual([
      ['a', []],
      ['b', ['x']],
      ['cd', ['x', 'y']],
      ['ef', ['y']],
      ['gh', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefgh');
  });
});

describe('sourceHref', () => {
  it('links to a rule or a paragraph', () => {
    expect(sourceHref({ rule: 'iran.redLines[0]' })).toBe('/source?rule=iran.redLines%5B0%5D');
    expect(sourceHref({ paragraph: 2 })).toBe('/source?p=2');
  });
});
