import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedReveal } from '../src/lib/useStagedReveal';

describe('useStagedReveal', () => {
  it('shows one part first, then one more per idle moment until all are shown', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useStagedReveal(4, 'a', 0);
      seen.push(shown);
      return shown;
    });
    expect(seen[0]).toBe(1);
    await waitFor(() => expect(result.current).toBe(4));
    // Every count from one to four was rendered, in order, none skipped.
    expect([...new Set(seen)]).toEqual([1, 2, 3, 4]);
  });

  it('starts again from one for another result', async () => {
    const { result, rerender } = renderHook(({ key }) => useStagedReveal(3, key, 0), {
      initialProps: { key: 'a' },
    });
    await waitFor(() => expect(result.current).toBe(3));
    rerender({ key: 'b' });
    expect(result.current).toBe(1);
    await waitFor(() => expect(result.current).toBe(3));
  });

  it('never shows more parts than there are', async () => {
    const { result } = renderHook(() => useStagedReveal(1, 'same', 0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toBe(1);
  });
});
