import type { Exploration } from './runExploration';

/**
 * Explorations finished in this browser session, by the address that asks for them, so that a
 * reload, Back or Forward to that address shows the result again instead of running it again.
 * Kept in sessionStorage (numbers that JSON cannot hold, the undefined indices of an outcome that
 * does not vary, come back as null); where there is none, only while the page stays open.
 */
const KEY = 'brink.explorations.v1';
/** Explorations kept: the oldest are forgotten first. */
const LIMIT = 8;

let fallback: [string, Exploration][] = [];

function read(): [string, Exploration][] {
  try {
    const text = window.sessionStorage.getItem(KEY);
    const list: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(list)
      ? list.filter(
          (item): item is [string, Exploration] =>
            Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'object',
        )
      : [];
  } catch {
    return fallback;
  }
}

/** The exploration the address `href` gave earlier in this session, if it was kept. */
export function cachedExploration(href: string): Exploration | null {
  return read().find(([key]) => key === href)?.[1] ?? null;
}

/** Keeps the exploration at `href` for the session (dropping the oldest beyond the limit). */
export function cacheExploration(href: string, exploration: Exploration): void {
  const list = [
    ...read().filter(([key]) => key !== href),
    [href, exploration] as [string, Exploration],
  ];
  while (list.length > LIMIT) list.shift();
  fallback = list;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Too big or no storage: kept in memory only.
    try {
      window.sessionStorage.removeItem(KEY);
    } catch {
      // No storage at all.
    }
  }
}
