import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError, inputError } from '../errors.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** The lock file of an output file: `FILE.lock`, holding the id of the process writing FILE. */
export function lockPath(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the exclusive lock on an output file: creates `FILE.lock` holding this process's id, as a
 * hard link to a file already written (atomic on local file systems, failing when the name exists,
 * even as a link, so it is never written through and never seen empty). A lock whose process
 * is gone (a `brink` that was killed) is stale and taken over. Returns the function that releases
 * the lock; it is also released when the process exits. Throws an input error when another
 * running process holds the lock, naming it.
 */
export function lockOutput(file: string): () => void {
  const path = lockPath(file);
  const claim = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}`);
  writeFileAtomic(claim, `${process.pid}\n`);
  try {
    return takeLock(file, path, claim);
  } finally {
    try {
      unlinkSync(claim);
    } catch {
      // Nothing to clean.
    }
  }
}

function takeLock(file: string, path: string, claim: string): () => void {
  for (let attempt = 0; ; attempt++) {
    try {
      linkSync(claim, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw inputError(`cannot lock ${file} (${path}): ${describeFsError(error)}`, error);
      }
      const holder = lockHolder(path);
      if ((holder !== undefined && isAlive(holder)) || attempt > 1) {
        throw inputError(
          `${file} is being written by another brink (${holder === undefined ? 'see' : `process ${holder},`} ${path}); wait for it to finish or stop it`,
        );
      }
      // Stale: its process is gone.
      try {
        unlinkSync(path);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw inputError(`cannot remove the stale lock ${path}: ${describeFsError(unlinkError)}`);
        }
      }
      continue;
    }
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off('exit', release);
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    };
    process.on('exit', release);
    return release;
  }
}

function lockHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
