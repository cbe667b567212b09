import { readFileSync } from 'node:fs';
import type { BatchHeader, TraceProfile } from '@brink/core';
import { describeFsError, inputError } from '../errors.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/**
 * What `FILE.manifest.json` says about `FILE`: the inputs that make it reproducible (DESIGN §6),
 * how far it got and whether it is complete. A file whose manifest does not say
 * `"complete": true` is partial, whatever it contains.
 */
export interface Manifest extends BatchHeader {
  /** The command that wrote the file. */
  command: 'batch' | 'sweep' | 'explore';
  /**
   * Where the runs took the pack's uncertain numbers from: `fixed` (also when absent, in older
   * files), `sampled`, or an exploration's design (`sobol N=512`, `morris r=40`).
   */
  sampling?: string;
  /** `built-in`, or the scenario file the batch was read from. */
  scenarioSource: string;
  /** The file the manifest describes (its name, beside the manifest). */
  records: string;
  format: string;
  cliVersion: string;
  runsRequested: number;
  runsCompleted: number;
  /** Local threads; for a queued batch, the `brink worker`s that ran its shards. */
  workers: number;
  /** For a batch run through a queue (`--queue`): where, its id there, and its shards. */
  queue?: { url: string; batch: string; shardSize: number; shards: number };
  /** ISO times: when the file was started, and when the last command writing it stopped. */
  started: string;
  finished: string | null;
  complete: boolean;
  /** Each time a partial file was continued with `--resume`: when, and from which run. */
  resumes?: { at: string; fromRun: number }[];
  /** For a sweep: the parameter paths and their values, and the runs made at each point. */
  grid?: { params: Record<string, (string | number)[]>; points: number; runsPerPoint: number };
  /**
   * For a batch: core's trace profile of the `runsCompleted` runs in the file (what the records
   * do not keep: each actor's rung by day, the rules that decided), so `--resume` can report the
   * whole batch's profile without running those runs again. Written on one line.
   */
  profile?: TraceProfile;
}

/** The manifest path of an output file: `FILE.manifest.json`. */
export function manifestPath(file: string): string {
  return `${file}.manifest.json`;
}

/**
 * Writes a manifest atomically (a temporary file renamed over it), so a reader never sees half
 * of one: indented, but its profile (thousands of counts) on one line, last. When there is no
 * room for the profile, writes the manifest without it. Throws an input error naming the path
 * when it cannot be written at all.
 */
export function writeManifest(file: string, manifest: Manifest): void {
  const { profile, ...rest } = manifest;
  const text = JSON.stringify(rest, null, 2);
  if (!profile) {
    writeFileAtomic(manifestPath(file), `${text}\n`);
    return;
  }
  try {
    writeFileAtomic(
      manifestPath(file),
      `${text.slice(0, -2)},\n  "profile": ${JSON.stringify(profile)}\n}\n`,
    );
  } catch (error) {
    // No room for the profile (a full device): the manifest still says truly what the file
    // holds, without it; a resume profiles those runs again.
    try {
      writeFileAtomic(manifestPath(file), `${text}\n`);
    } catch {
      throw error;
    }
  }
}

/** The manifest of an output file, or undefined when there is none. */
export function readManifest(file: string): Manifest | undefined {
  const path = manifestPath(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw inputError(`cannot read ${path}: ${describeFsError(error)}`, error);
  }
  try {
    return JSON.parse(text) as Manifest;
  } catch {
    throw inputError(`${path} is not valid JSON; cannot tell what ${file} holds`);
  }
}
