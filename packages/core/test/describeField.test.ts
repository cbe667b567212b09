import { describe, expect, it } from 'vitest';
import {
  describeField,
  FIELD_GLOSSARY,
  PARAM_NAMES,
  type Pack,
  PackSchema,
  PROVENANCE_GLOSSARY,
  provenanceFields,
  RUNG_GLOSSARY,
  RUNGS,
} from '../src/index.js';
import { fixturePack } from './fixtures.js';

describe('the glossary', () => {
  it('has plain words for every rung and every provenance kind', () => {
    expect(Object.keys(RUNG_GLOSSARY)).toEqual([...RUNGS]);
    for (const rung of RUNGS) expect(RUNG_GLOSSARY[rung].meaning.length).toBeGreaterThan(5);
    expect(Object.keys(PROVENANCE_GLOSSARY).sort()).toEqual(
      ['assumption', 'inferred', 'recorded', 'stated'].sort(),
    );
  });

  it('names every posture field, parameter and world setting the pack schema has', () => {
    const actor = PackSchema.shape.actors.element.shape;
    const posture = actor.posture.shape;
    const keys = [
      'power',
      ...Object.keys(posture).filter((key) => key !== 'params'),
      ...Object.keys(posture.params.shape).map((key) => `params.${key}`),
      ...Object.keys(PackSchema.shape.world.shape).map((key) => `world.${key}`),
      'targets.linkedTo',
      'targets.initiative',
    ];
    const missing = keys.filter((key) => FIELD_GLOSSARY[key] === undefined);
    expect(missing, 'fields with no plain words in FIELD_GLOSSARY').toEqual([]);
    for (const key of keys) {
      const words = FIELD_GLOSSARY[key]!;
      for (const part of [words.name, words.unit, words.range, words.description]) {
        expect(part.trim().length, key).toBeGreaterThan(0);
      }
      // Plain words: no field id or camelCase name of the schema in the name.
      expect(words.name, key).not.toMatch(/[a-z][A-Z]|\./);
    }
  });

  it('reads each parameter’s range off the schema that enforces it', () => {
    expect(FIELD_GLOSSARY['params.obedience']!.range).toBe('0 to 1');
    expect(FIELD_GLOSSARY['params.decay']!.range).toBe('above 0 to 1');
    expect(FIELD_GLOSSARY['params.mobilisationDelay']!.range).toBe('0 to 3,650, whole days');
    for (const name of PARAM_NAMES) expect(FIELD_GLOSSARY[`params.${name}`]).toBeDefined();
  });
});

describe('describeField', () => {
  it('describes every sourced field of a pack in plain words, without field ids', () => {
    for (const field of provenanceFields(fixturePack).keys()) {
      const { name, value } = describeField(fixturePack, field);
      expect(name, field).not.toContain(field);
      expect(name, field).not.toMatch(/\[\d+\]|params\.|redLines|riskAversion/);
      expect(value, field).not.toMatch(/\{|\}|when:|atLeast/);
    }
  });

  it('names the owner and the field, and gives rungs, red lines and parameters in words', () => {
    expect(describeField(fixturePack, 'sponsor.ceiling')).toMatchObject({
      name: 'Sponsor’s ceiling',
      value: "enabling others' fire (indirect)",
    });
    const line = describeField(fixturePack, 'proxy.redLines[0]');
    expect(line.name).toBe("Proxy’s red line “The proxy's territory is hit hard”");
    expect(line.value).toMatch(
      /^an attack .* on its territory.* lifts the ceiling to .* for up to \d+ days/,
    );
    expect(describeField(fixturePack, 'sponsor.params.riskAversion').name).toBe(
      'Sponsor’s fear of a wider war',
    );
    expect(describeField(fixturePack, 'outcomes.contained').name).toBe('Outcome: Contained');
  });

  it('names a field newer than the glossary by its own name, so a page never fails on it', () => {
    const [first, ...rest] = fixturePack.actors;
    const posture = {
      ...first!.posture,
      holdFire: { value: 3, provenance: { kind: 'assumption' } },
    };
    const pack = { ...fixturePack, actors: [{ ...first!, posture }, ...rest] } as Pack;
    expect(describeField(pack, `${first!.id}.holdFire`)).toMatchObject({
      name: `${first!.name}’s hold fire`,
      value: '3',
      words: undefined,
    });
  });

  it('throws for a field the pack does not have', () => {
    expect(() => describeField(fixturePack, 'ghost.ceiling')).toThrow('no actor "ghost"');
    expect(() => describeField(fixturePack, 'sponsor.params.nerve')).toThrow(
      'no parameter "nerve" of "sponsor"',
    );
  });
});
