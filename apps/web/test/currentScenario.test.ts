import { describe, expect, it } from 'vitest';
import { batchLinkFor, currentScenario, runLinkFor } from '../src/lib/currentScenario';
import { PROJECTOR_KEY, readProjector, saveProjector } from '../src/lib/projectorMode';

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

describe('projector mode', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  };

  it('is off by default, kept in the browser, and set by the address first', () => {
    const kept = storage();
    expect(readProjector(new URLSearchParams(''), kept)).toBe(false);
    saveProjector(kept, true);
    expect(kept.getItem(PROJECTOR_KEY)).toBe('on');
    expect(readProjector(new URLSearchParams(''), kept)).toBe(true);
    expect(readProjector(new URLSearchParams('projector=0'), kept)).toBe(false);
    expect(readProjector(new URLSearchParams('projector=1'), null)).toBe(true);
  });

  it('survives a storage that refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {},
    };
    expect(readProjector(new URLSearchParams(''), refusing)).toBe(false);
    expect(() => saveProjector(refusing, true)).not.toThrow();
  });
});
