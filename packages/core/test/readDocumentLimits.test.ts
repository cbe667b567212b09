import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS, formatIssue, parseScenario, ValidationError } from '../src/index.js';

const HEAD = 'id: x\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: 30\n';

function issuesOf(text: string): string[] {
  try {
    parseScenario(text);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe('readDocument limits', () => {
  it('refuses a document over the size limit before parsing it', () => {
    const text = `${HEAD}# ${'x'.repeat(DOCUMENT_LIMITS.bytes)}\n`;
    expect(issuesOf(text)).toEqual([
      '(root): the scenario is 1.0 MB; a scenario may be at most 1.0 MB',
    ]);
  });

  it('refuses flow collections nested 100,000 deep with a plain message and its line, not a stack overflow', () => {
    const text = `${HEAD}notes: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(issuesOf(text)).toEqual([
      `6:${8 + DOCUMENT_LIMITS.depth} (root): nested more than 64 levels deep; a scenario may nest at most 64`,
    ]);
  });

  it('refuses block mappings nested past the depth limit, at their path', () => {
    let text = HEAD;
    for (let level = 0; level < 70; level++) text += `${' '.repeat(level)}k${level}:\n`;
    const [issue] = issuesOf(text);
    expect(issue).toMatch(/^\d+:\d+ k0\.k1\..*: nested more than 64 levels deep/);
  });

  it('accepts one anchored inject reused a hundred times', () => {
    const uses = Array.from({ length: 100 }, (_, i) => `  - { <<: *strike, day: ${i % 30} }`);
    const text = `${HEAD}injects:\n  - &strike { day: 0, type: attack, from: usa, to: iran, means: air, target: military }\n${uses.join('\n')}\n`;
    const issues = issuesOf(text);
    expect(issues.join('\n')).not.toMatch(/alias|resource exhaustion/);
  });

  it('refuses an alias bomb with a message that says what to do', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const [issue] = issuesOf(`${HEAD}${lines.join('\n')}\n`);
    expect(issue).toMatch(
      /YAML: its aliases expand to more than 10,000 nodes; write the repeated parts out, or reuse fewer or smaller anchors$/,
    );
  });
});
