import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename } from 'node:path';
import {
  type Aggregate,
  addRecord,
  emptyAggregate,
  emptyProfile,
  mergeProfiles,
  type Pack,
  type RunRecord,
  type TraceProfile,
} from '@brink/core';
import { describeFsError, inputError, usageError } from '../errors.js';
import { type Manifest, manifestPath, readManifest, writeManifest } from './manifest.js';
import type { RecordCodec } from './recordFormat.js';

/** The manifest fields that must match for `--resume` to continue a file. */
const IDENTITY: readonly (keyof NewManifest)[] = [
  'command',
  'sampling',
  'scenario',
  'scenarioHash',
  'pack',
  'packVersion',
  'sourceHash',
  'engineVersion',
  'seed',
  'format',
];

/** How often, at most, the manifest's completed count is brought up to date while running. */
const MANIFEST_INTERVAL_MS = 1000;

/**
 * A batch's per-run records file and its manifest. Records are appended in run order; the
 * manifest says `complete: false` from the first byte written until {@link RecordFile.finish}
 * says otherwise, so an interrupted or killed batch never looks complete. The manifest never
 * claims more runs than the file holds, nor fewer on any exit path: a record that cannot be
 * written whole is cut off, and when the manifest itself cannot be brought up to date (a full
 * disk) the file is cut back to the runs the manifest on disk counts.
 *
 * The caller holds the file's claim (`claimOutput`): its lock, and whatever was there settled.
 */
export class RecordFile {
  readonly path: string;
  private fd: number;
  private manifest: Manifest;
  private lastManifestWrite = 0;
  /** Bytes of whole records (and header) in the file. */
  private bytes: number;
  /** What the manifest on disk says: its runs, and the file's bytes when it was written. */
  private written: { runs: number; bytes: number };
  private closed = false;

  private constructor(path: string, fd: number, manifest: Manifest, bytes: number) {
    this.path = path;
    this.fd = fd;
    this.manifest = manifest;
    this.bytes = bytes;
    this.written = { runs: manifest.runsCompleted, bytes };
  }

  /** Runs already in the file: the next record to append is this run. */
  get completed(): number {
    return this.manifest.runsCompleted;
  }

  /**
   * Starts a new records file at `path`, where nothing may be (the claim removed what `--force`
   * replaces): created exclusively, never through a link. Its manifest (`complete: false`, no
   * runs) is written before any record; when it cannot be, the new file is removed again.
   */
  static create(path: string, codec: RecordCodec, manifest: NewManifest): RecordFile {
    const full = { ...manifest, records: basename(path), runsCompleted: 0 };
    const fd = open(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    );
    const file = new RecordFile(path, fd, full, 0);
    try {
      writeManifest(path, full);
    } catch (error) {
      closeSync(fd);
      unlinkQuietly(path);
      throw error;
    }
    file.write(codec.header);
    file.written.bytes = file.bytes;
    return file;
  }

  /**
   * Continues the records file at `path`: checks that its manifest describes the same batch
   * (scenario, pack, source, engine, seed, format), reads every complete record (a torn last line,
   * from a batch killed mid-write, is dropped), and checks they are runs 0, 1, 2, … in order.
   * Returns the file ready to append, the aggregate of the runs already done, and the trace
   * profile its manifest kept of them (`profile.runs` of them: the runs appended after the
   * manifest was last written, or all of them for a manifest without one, are to be profiled
   * again and given to {@link RecordFile.addProfile}); starts a new file when there is nothing
   * at `path` to continue.
   */
  static resume(
    path: string,
    codec: RecordCodec,
    manifest: NewManifest,
    pack: Pack,
    /** Called with each record already in the file, in run order. */
    onRecord?: (record: RunRecord) => void,
  ): {
    file: RecordFile;
    aggregate: Aggregate;
    profile: TraceProfile;
    dropped: boolean;
    fresh: boolean;
  } {
    if (!existsSync(path)) {
      return {
        file: RecordFile.create(path, codec, { ...manifest, profile: emptyProfile(pack) }),
        aggregate: emptyAggregate(pack),
        profile: emptyProfile(pack),
        dropped: false,
        fresh: true,
      };
    }
    const previous = readManifest(path);
    if (!previous) {
      throw inputError(
        `cannot resume ${path}: ${manifestPath(path)} is missing, so nothing says which batch it holds`,
      );
    }
    for (const key of IDENTITY) {
      const fallback = key === 'sampling' ? 'fixed' : undefined;
      if ((previous[key] ?? fallback) !== (manifest[key] ?? fallback)) {
        throw inputError(
          `cannot resume ${path}: it holds a batch with ${String(key)} ${JSON.stringify(previous[key])}, not ${JSON.stringify(manifest[key])}`,
        );
      }
    }
    const { aggregate, runs, validBytes, dropped } = readRecords(path, codec, pack, onRecord);
    if (runs > manifest.runsRequested) {
      throw usageError(
        `--runs ${manifest.runsRequested} is fewer than the ${runs} runs already in ${path}`,
      );
    }
    const fd = open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW);
    try {
      ftruncateSync(fd, validBytes);
    } catch (error) {
      closeSync(fd);
      throw inputError(`cannot write ${path}: ${describeFsError(error)}`, error);
    }
    const resumes = [...(previous.resumes ?? []), { at: manifest.started, fromRun: runs }];
    const profile = keptProfile(previous.profile, runs, pack);
    const full: Manifest = {
      ...manifest,
      records: basename(path),
      started: previous.started,
      runsCompleted: runs,
      resumes,
      profile,
    };
    const file = new RecordFile(path, fd, full, validBytes);
    file.saveManifest();
    if (validBytes === 0) file.write(codec.header);
    return { file, aggregate, profile, dropped, fresh: false };
  }

  /**
   * Appends records, which must continue the file's run order, and merges their runs' trace
   * profile (when given) into the manifest's, which must then cover every earlier run.
   */
  append(
    records: readonly RunRecord[],
    encode: (record: RunRecord) => string,
    profile?: TraceProfile,
  ): void {
    if (records.length === 0) return;
    const first = records[0]!.run;
    if (first !== this.manifest.runsCompleted) {
      throw new Error(`records out of order: run ${first} after ${this.manifest.runsCompleted}`);
    }
    if (profile) this.checkProfileContinues(first);
    this.write(records.map(encode).join(''));
    this.manifest.runsCompleted += records.length;
    if (profile) this.manifest.profile = mergeProfiles(this.manifest.profile!, profile);
    const now = Date.now();
    if (now - this.lastManifestWrite >= MANIFEST_INTERVAL_MS) {
      this.lastManifestWrite = now;
      this.saveManifest();
    }
  }

  /**
   * Merges the trace profile of runs already in the file, from run `from` (the runs the
   * manifest's profile does not cover yet, profiled again on resuming), into the manifest's.
   */
  addProfile(from: number, profile: TraceProfile): void {
    this.checkProfileContinues(from);
    this.manifest.profile = mergeProfiles(this.manifest.profile!, profile);
  }

  private checkProfileContinues(from: number): void {
    const covered = this.manifest.profile?.runs;
    if (covered !== from) {
      throw new Error(
        `profile out of order: runs from ${from} after ${covered ?? 'no'} profiled runs`,
      );
    }
  }

  /**
   * Closes the file and writes the final manifest: complete, or how far it got. Throws an input
   * error when the manifest cannot be written; the file is then cut back to what the manifest on
   * disk says.
   */
  finish(complete: boolean, workers: number): Manifest {
    this.manifest = {
      ...this.manifest,
      workers,
      finished: new Date().toISOString(),
      complete: complete && this.manifest.runsCompleted >= this.manifest.runsRequested,
    };
    try {
      this.saveManifest();
    } finally {
      this.close();
    }
    return this.manifest;
  }

  /**
   * On a failure's way out: closes the file with a manifest that says how far it got (or, when
   * that cannot be written, with the file cut back to what the manifest on disk says). Never
   * throws: the failure on its way out is the one to report.
   */
  abandon(workers: number): void {
    if (this.closed) return;
    try {
      this.finish(false, workers);
    } catch {
      // finish() already made the file agree with the manifest on disk.
    }
  }

  /** Writes the manifest; when it cannot, cuts the file back to the manifest on disk. */
  private saveManifest(): void {
    try {
      writeManifest(this.path, { ...this.manifest });
      this.written = { runs: this.manifest.runsCompleted, bytes: this.bytes };
    } catch (error) {
      this.cutTo(this.written.bytes);
      this.manifest.runsCompleted = this.written.runs;
      throw error;
    }
  }

  private write(text: string): void {
    if (text === '') return;
    try {
      const buffer = Buffer.from(text, 'utf8');
      let done = 0;
      while (done < buffer.length) done += writeSync(this.fd, buffer, done);
      this.bytes += buffer.length;
    } catch (error) {
      // A record written in part is no record: cut it off.
      this.cutTo(this.bytes);
      throw inputError(`cannot write ${this.path}: ${describeFsError(error)}`, error);
    }
  }

  private cutTo(bytes: number): void {
    try {
      if (fstatSync(this.fd).size > bytes) ftruncateSync(this.fd, bytes);
      this.bytes = bytes;
    } catch {
      // The file is closed or gone: nothing left to cut.
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/**
 * The profile a resumed file's manifest kept, when it is one of some of the file's `runs` runs
 * for this pack's actors; otherwise a profile of none (they are all profiled again).
 */
function keptProfile(kept: unknown, runs: number, pack: Pack): TraceProfile {
  const profile = kept as Partial<TraceProfile> | undefined;
  const fits =
    profile !== undefined &&
    profile !== null &&
    Number.isInteger(profile.runs) &&
    profile.runs! >= 0 &&
    profile.runs! <= runs &&
    typeof profile.rules === 'object' &&
    typeof profile.rungDays === 'object' &&
    profile.rungDays !== null &&
    pack.actors.every((actor) => Array.isArray(profile.rungDays![actor.id]));
  return fits ? (profile as TraceProfile) : emptyProfile(pack);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** A manifest before its file exists: what the command knows when it starts. */
export type NewManifest = Omit<Manifest, 'records' | 'runsCompleted'>;

function open(path: string, flags: number): number {
  try {
    return openSync(path, flags, 0o644);
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ELOOP'
        ? 'it is a symbolic link; brink does not write through links'
        : (error as NodeJS.ErrnoException).code === 'EEXIST'
          ? 'it appeared while brink was starting; not replaced'
          : describeFsError(error);
    throw inputError(`cannot write ${path}: ${why}`, error);
  }
}

/** Reads the complete records of a file, chunk by chunk, so a large file never sits in memory. */
function readRecords(
  path: string,
  codec: RecordCodec,
  pack: Pack,
  onRecord?: (record: RunRecord) => void,
): { aggregate: Aggregate; runs: number; validBytes: number; dropped: boolean } {
  const aggregate = emptyAggregate(pack);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  const chunk = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  let offset = 0; // bytes of the file consumed into complete lines
  let line = 0;
  let runs = 0;
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let buffer = Buffer.concat([carry, chunk.subarray(0, read)]);
      let newline = buffer.indexOf(10);
      while (newline >= 0) {
        const text = buffer.subarray(0, newline).toString('utf8');
        line += 1;
        if (line === 1 && codec.header !== '') {
          if (`${text}\n` !== codec.header) {
            throw inputError(`cannot resume ${path}: its header is not the one this pack writes`);
          }
        } else {
          let record: RunRecord;
          try {
            record = codec.decode(text);
          } catch (error) {
            throw inputError(
              `cannot resume ${path}: line ${line} is not a run record (${(error as Error).message})`,
            );
          }
          if (record.run !== runs) {
            throw inputError(
              `cannot resume ${path}: line ${line} holds run ${record.run}, not run ${runs}`,
            );
          }
          addRecord(aggregate, record);
          onRecord?.(record);
          runs += 1;
        }
        offset += newline + 1;
        buffer = buffer.subarray(newline + 1);
        newline = buffer.indexOf(10);
      }
      carry = Buffer.from(buffer);
    }
  } finally {
    closeSync(fd);
  }
  if (line === 0 && codec.header !== '') {
    // Not even a header: start the file again.
    return { aggregate, runs: 0, validBytes: 0, dropped: carry.length > 0 };
  }
  return { aggregate, runs, validBytes: offset, dropped: carry.length > 0 };
}
