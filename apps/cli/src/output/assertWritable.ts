import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inputError } from '../errors.js';

/**
 * Checks, before any work is done, that a file can be created or replaced at `path`: its folder
 * exists and is writable, and the path is not a folder. Throws an input error saying which.
 */
export function assertWritable(path: string): void {
  const folder = dirname(resolve(path));
  let stats: ReturnType<typeof statSync> | undefined;
  try {
    stats = statSync(folder);
  } catch {
    throw inputError(`cannot write ${path}: there is no folder ${folder}`);
  }
  if (!stats.isDirectory()) throw inputError(`cannot write ${path}: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw inputError(`cannot write ${path}: the folder ${folder} is not writable`);
  }
  try {
    if (statSync(path).isDirectory()) throw inputError(`cannot write ${path}: it is a folder`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
