import { describe, expect, it } from 'vitest';
import { PROJECTOR_KEY, readProjector, saveProjector } from '../src/lib/projectorMode';

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
