import { describe, expect, it } from 'vitest';
import { batchLinkFor, currentScenario, runLinkFor } from '../src/lib/currentScenario';

const read = (query: string) => currentScenario(new URLSearchParams(query));

describe('currentScenario and the header’s links', () => {
  it('keep the runner’s scenario, seed and edit, and a batch’s runs', () => {
    const current = read('scenario=strike-on-iran&seed=7&day=40&edit=abc');
    expect(runLinkFor(current)).toBe('/run?scenario=strike-on-iran&seed=7&edit=abc');
    expect(batchLinkFor(current)).toBe('/batch?scenario=strike-on-iran&runs=1000&seed=7&edit=abc');
    expect(batchLinkFor(read('scenario=baseline&runs=250&seed=3'))).toBe(
      '/batch?scenario=baseline&runs=250&seed=3',
    );
  });

  it('take a comparison’s B (the scenario compared with its original), else its A', () => {
    expect(read('a=baseline&b=iran-commits&runs=200&seed=5')?.scenario).toBe('iran-commits');
    expect(read('a=gaza-ceasefire&edit=x')).toEqual({ scenario: 'gaza-ceasefire', edit: 'x' });
  });

  it('fall back to the baseline where the address names no scenario, or a malformed one', () => {
    expect(read('')).toBeNull();
    expect(read('scenario=<script>')).toBeNull();
    expect(read('scenario=baseline&seed=-1')).toEqual({ scenario: 'baseline' });
    expect(runLinkFor(null)).toBe('/run?scenario=baseline&seed=42');
    expect(batchLinkFor(null)).toBe('/batch?scenario=baseline&runs=1000&seed=42');
  });
});
