import { describe, expect, it } from 'vitest';
import { describeChoice } from '../src/index.js';

describe('describeChoice', () => {
  it('tells an attack choice as a sentence: its reason capitalised, with a full stop', () => {
    expect(
      describeChoice({
        actor: 'a',
        adversary: 'b',
        rule: 'intercept',
        why: "b's defences intercepted 90% of a's rocket attack: made at severity 0.50, it did 0.05",
        values: { severity: 0.5, harm: 0.05 },
        provenance: [],
      }),
    ).toBe(
      "B's defences intercepted 90% of a's rocket attack: made at severity 0.50, it did 0.05.",
    );
  });
});
