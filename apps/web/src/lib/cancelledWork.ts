/**
 * Batches the user cancelled in this browser session, by the address that asks for them, so
 * that Back, Forward or a reload to that address never starts one again on its own: the page
 * says it was cancelled and offers to run it. Kept in sessionStorage; where there is none, a
 * cancel is remembered only while the page stays open.
 */
const KEY = 'brink.cancelled.v1';
/** Addresses kept: the oldest are forgotten first. */
const LIMIT = 50;

let fallback: string[] = [];

function read(): string[] {
  try {
    const text = window.sessionStorage.getItem(KEY);
    const list: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
  } catch {
    return fallback;
  }
}

function write(list: string[]): void {
  fallback = list;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Kept in memory only.
  }
}

/** Remembers that the user cancelled the work at `address`. */
export function markCancelled(address: string): void {
  write([...read().filter((item) => item !== address), address].slice(-LIMIT));
}

/** Whether the user cancelled the work at `address` in this session (and has not rerun it). */
export function wasCancelled(address: string): boolean {
  return read().includes(address);
}

/** Forgets a cancel: the user asked for the work again. */
export function clearCancelled(address: string): void {
  const list = read();
  if (list.includes(address)) write(list.filter((item) => item !== address));
}
