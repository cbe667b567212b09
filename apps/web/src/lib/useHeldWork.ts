'use client';

import { useState } from 'react';
import { clearCancelled, markCancelled, wasCancelled } from './cancelledWork';

/**
 * Whether a page's long work is held: the user cancelled it at this address earlier in the
 * session (`cancelledWork`), so Back, Forward or a reload do not start it again on their own and
 * the page offers to run it. `reset` clears what the page shows; `cancel` aborts the work.
 */
export function useHeldWork(reset: () => void, cancel: () => void) {
  const [held, setHeld] = useState(false);
  /** Before the work at `address` starts on its own: false, and held, where it was cancelled. */
  const mayStart = (address: string): boolean => {
    if (wasCancelled(address)) {
      reset();
      setHeld(true);
      return false;
    }
    setHeld(false);
    return true;
  };
  /** The user asks for the work at `address`: its cancel is forgotten. */
  const release = (address: string) => {
    clearCancelled(address);
    setHeld(false);
  };
  /** The user cancels the work at `address`: it is aborted and held from now on. */
  const hold = (address: string) => {
    markCancelled(address);
    cancel();
  };
  /** Something else is shown at this address (a kept result): nothing is held. */
  const unhold = () => setHeld(false);
  return { held, mayStart, release, hold, unhold };
}
