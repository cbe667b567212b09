import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval } from '../src/index.js';

describe('formatCount and formatInterval', () => {
  it('agrees in number and groups thousands', () => {
    expect(formatCount(1, 'run')).toBe('1 run');
    expect(formatCount(0, 'run')).toBe('0 runs');
    expect(formatCount(2000, 'grid point')).toBe('2,000 grid points');
    expect(formatCount(3, 'batch', 'batches')).toBe('3 batches');
  });

  it('gives both bounds of an interval one decimal', () => {
    expect(formatInterval(0.93, 0.994)).toBe('93.0–99.4%');
    expect(formatInterval(0, 0.037)).toBe('0.0–3.7%');
  });
});
