import { lstatSync, realpathSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError, inputError, usageError } from '../errors.js';
import { assertWritable } from './assertWritable.js';
import { lockOutput, lockPath } from './lockOutput.js';
import { type Manifest, manifestPath, readManifest } from './manifest.js';

/** What to do with an output file (or its manifest) that already exists. */
export type ExistingOutput =
  /** Refuse it, saying how to replace or continue it (the default). */
  | 'refuse'
  /** `--force`: remove it (a link is removed, never followed) and write a new one. */
  | 'replace'
  /** `--resume`: keep it, to be continued; it must be a regular file, not a link. */
  | 'continue';

/** How {@link claimOutput} claims an output file. */
export interface ClaimOptions {
  /** The option that named the file, for messages, e.g. `--out`. */
  option: string;
  /** The files the command reads: the output may be none of them (nor their manifests). */
  inputs: readonly string[];
  existing: ExistingOutput;
  /**
   * When the file exists and `existing` is `refuse`: whether its manifest shows it is this
   * command's own unfinished output (a queued batch collected again), which may be replaced.
   */
  ownPartial?: (manifest: Manifest) => boolean;
  /** Whether `--resume` can continue such a file (said in the refusal). */
  resumable: boolean;
}

/** An output file this process holds exclusively until it calls `release`. */
export interface OutputClaim {
  path: string;
  release(): void;
}

/**
 * Claims an output file and its manifest before any work is done: checks it can be written
 * (see `assertWritable`), that it is not one of the command's inputs, takes its exclusive lock
 * (`FILE.lock`; another brink writing it is refused), and settles what is there already: refused
 * unless `--force` (then removed) or `--resume`. Throws a usage error (exit 2) for an output that
 * is an input, and an input error (exit 1) for the rest, naming the file and what to do.
 */
export function claimOutput(path: string, options: ClaimOptions): OutputClaim {
  assertWritable(path);
  const targets = [path, manifestPath(path), lockPath(path)];
  for (const input of options.inputs) {
    const read = identity(input);
    const clash = targets.find((target) => identity(target) === read);
    if (clash !== undefined) {
      throw usageError(
        `${options.option} ${path}: ${clash === path ? 'it is' : `${clash} would overwrite`} the input ${input}; choose another output file`,
      );
    }
  }
  const release = lockOutput(path);
  try {
    settleExisting(path, options);
  } catch (error) {
    release();
    throw error;
  }
  return { path, release };
}

function settleExisting(path: string, options: ClaimOptions): void {
  const file = kindOf(path);
  const manifest = kindOf(manifestPath(path));
  if (options.existing === 'continue') {
    if (file === 'other' || manifest === 'other') {
      throw inputError(`cannot resume ${path}: it is not a regular file`);
    }
    if (file === 'link' || manifest === 'link') {
      throw inputError(
        `cannot resume ${path}: ${file === 'link' ? path : manifestPath(path)} is a symbolic link; brink does not write through links`,
      );
    }
    return;
  }
  if (file === undefined && manifest === undefined) return;
  for (const [target, kind] of [
    [path, file],
    [manifestPath(path), manifest],
  ] as const) {
    if (kind === 'other')
      throw inputError(`${target} is not a regular file; brink writes only files`);
  }
  if (options.existing === 'refuse') {
    const own =
      file !== 'link' &&
      manifest === 'file' &&
      options.ownPartial !== undefined &&
      (() => {
        const previous = readManifest(path);
        return previous !== undefined && !previous.complete && options.ownPartial!(previous);
      })();
    if (!own) {
      const what = file !== undefined ? path : manifestPath(path);
      throw inputError(
        `${what} already exists; give --force to replace it${options.resumable ? ', or --resume to continue it' : ''}`,
      );
    }
  }
  for (const target of [path, manifestPath(path)]) {
    try {
      unlinkSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw inputError(`cannot replace ${target}: ${describeFsError(error)}`, error);
      }
    }
  }
}

/** What is at a path, without following a link: a file, a link, something else, or nothing. */
function kindOf(path: string): 'file' | 'link' | 'other' | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/** The real path a name stands for (through links, also for a file not yet there). */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
