import type { ProgressStorage } from './lessonProgress';

/** Where the browser keeps the projector mode. */
export const PROJECTOR_KEY = 'brink.projector';

/**
 * Whether projector mode is on: the address's `projector=1` or `projector=0` first (a link for
 * the class's screen), then the browser's saved choice; off by default.
 */
export function readProjector(query: URLSearchParams, storage: ProgressStorage | null): boolean {
  const asked = query.get('projector');
  if (asked === '1' || asked === 'on') return true;
  if (asked === '0' || asked === 'off') return false;
  try {
    return storage?.getItem(PROJECTOR_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Saves the choice; a refused storage keeps it for this page only. */
export function saveProjector(storage: ProgressStorage | null, on: boolean): void {
  try {
    storage?.setItem(PROJECTOR_KEY, on ? 'on' : 'off');
  } catch {
    // Kept for this page only.
  }
}
