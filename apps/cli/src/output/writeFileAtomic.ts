import { renameSync, writeFileSync } from 'node:fs';
import { describeFsError, inputError } from '../errors.js';

/**
 * Writes a whole file through a temporary file renamed over it, so nobody ever reads half of it.
 * Throws an input error naming the path when it cannot be written.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    throw inputError(`cannot write ${path}: ${describeFsError(error)}`, error);
  }
}
