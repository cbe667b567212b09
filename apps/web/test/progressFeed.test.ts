import { describe, expect, it, vi } from 'vitest';
import { createProgressFeed } from '../src/lib/progressFeed';

describe('createProgressFeed', () => {
  it('tells its listeners the latest progress at most once a frame', async () => {
    const feed = createProgressFeed();
    const listener = vi.fn();
    const unsubscribe = feed.subscribe(listener);
    feed.set(10, 100);
    feed.set(20, 100);
    feed.set(30, 100);
    expect(feed.get()).toEqual({ done: 30, total: 100 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ done: 30, total: 100 });
    unsubscribe();
    feed.set(40, 100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
