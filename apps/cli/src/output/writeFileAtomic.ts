import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError, inputError } from '../errors.js';

/**
 * Writes a whole file through a temporary file renamed over it, so nobody ever reads half of it.
 * The temporary file is created exclusively (`O_CREAT | O_EXCL`, which never follows a link) under
 * an unpredictable name in the same folder, and the rename replaces a link at `path` rather than
 * writing through it. Throws an input error naming the path when it cannot be written; the
 * temporary file is then removed and `path` left as it was.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o644,
    );
    // A write may take only part of the text (a device nearly full); the next one then fails.
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(fd, bytes, written, bytes.length - written);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw inputError(`cannot write ${path}: ${describeFsError(error)}`, error);
  }
}
