import { closeSync, existsSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { type Aggregate, addRecord, emptyAggregate, type Pack, type RunRecord } from '@brink/core';
import { describeFsError, inputError, usageError } from '../errors.js';
import { assertWritable } from './assertWritable.js';
import { type Manifest, manifestPath, readManifest, writeManifest } from './manifest.js';
import type { RecordCodec } from './recordFormat.js';

/** The manifest fields that must match for `--resume` to continue a file. */
const IDENTITY: readonly (keyof NewManifest)[] = [
  'command',
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
 * says otherwise, so an interrupted or killed batch never looks complete.
 */
export class RecordFile {
  readonly path: string;
  private fd: number;
  private manifest: Manifest;
  private lastManifestWrite = 0;

  private constructor(path: string, fd: number, manifest: Manifest) {
    this.path = path;
    this.fd = fd;
    this.manifest = manifest;
  }

  /** Runs already in the file: the next record to append is this run. */
  get completed(): number {
    return this.manifest.runsCompleted;
  }

  /**
   * Starts a new records file at `path`, replacing any file there. The manifest is written
   * first, so a stale complete manifest never sits beside a truncated file.
   */
  static create(path: string, codec: RecordCodec, manifest: NewManifest): RecordFile {
    assertWritable(path);
    const full = { ...manifest, records: basename(path), runsCompleted: 0 };
    writeManifest(path, full);
    const fd = open(path, 'w');
    const file = new RecordFile(path, fd, full);
    file.write(codec.header);
    return file;
  }

  /**
   * Continues the records file at `path`: checks that its manifest describes the same batch
   * (scenario, pack, source, engine, seed, format), reads every complete record (a torn last line,
   * from a batch killed mid-write, is dropped), and checks they are runs 0, 1, 2, … in order.
   * Returns the file ready to append, and the aggregate of the runs already done; starts a new
   * file when there is nothing at `path` to continue.
   */
  static resume(
    path: string,
    codec: RecordCodec,
    manifest: NewManifest,
    pack: Pack,
  ): { file: RecordFile; aggregate: Aggregate; dropped: boolean; fresh: boolean } {
    assertWritable(path);
    if (!existsSync(path)) {
      return {
        file: RecordFile.create(path, codec, manifest),
        aggregate: emptyAggregate(pack),
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
      if (previous[key] !== manifest[key]) {
        throw inputError(
          `cannot resume ${path}: it holds a batch with ${String(key)} ${JSON.stringify(previous[key])}, not ${JSON.stringify(manifest[key])}`,
        );
      }
    }
    const { aggregate, runs, validBytes, dropped } = readRecords(path, codec, pack);
    if (runs > manifest.runsRequested) {
      throw usageError(
        `--runs ${manifest.runsRequested} is fewer than the ${runs} runs already in ${path}`,
      );
    }
    const fd = open(path, 'r+');
    ftruncateSync(fd, validBytes);
    closeSync(fd);
    const resumes = [...(previous.resumes ?? []), { at: manifest.started, fromRun: runs }];
    const full: Manifest = {
      ...manifest,
      records: basename(path),
      started: previous.started,
      runsCompleted: runs,
      resumes,
    };
    writeManifest(path, full);
    const file = new RecordFile(path, open(path, 'a'), full);
    if (validBytes === 0) file.write(codec.header);
    return { file, aggregate, dropped, fresh: false };
  }

  /** Appends records, which must continue the file's run order. */
  append(records: readonly RunRecord[], encode: (record: RunRecord) => string): void {
    if (records.length === 0) return;
    const first = records[0]!.run;
    if (first !== this.manifest.runsCompleted) {
      throw new Error(`records out of order: run ${first} after ${this.manifest.runsCompleted}`);
    }
    this.write(records.map(encode).join(''));
    this.manifest.runsCompleted += records.length;
    const now = Date.now();
    if (now - this.lastManifestWrite >= MANIFEST_INTERVAL_MS) {
      this.lastManifestWrite = now;
      writeManifest(this.path, { ...this.manifest });
    }
  }

  /** Closes the file and writes the final manifest: complete, or how far it got. */
  finish(complete: boolean, workers: number): Manifest {
    closeSync(this.fd);
    this.manifest = {
      ...this.manifest,
      workers,
      finished: new Date().toISOString(),
      complete: complete && this.manifest.runsCompleted >= this.manifest.runsRequested,
    };
    writeManifest(this.path, this.manifest);
    return this.manifest;
  }

  private write(text: string): void {
    if (text === '') return;
    try {
      writeSync(this.fd, text);
    } catch (error) {
      throw inputError(`cannot write ${this.path}: ${describeFsError(error)}`, error);
    }
  }
}

/** A manifest before its file exists: what the command knows when it starts. */
export type NewManifest = Omit<Manifest, 'records' | 'runsCompleted'>;

function open(path: string, flags: string): number {
  try {
    return openSync(path, flags);
  } catch (error) {
    throw inputError(`cannot write ${path}: ${describeFsError(error)}`, error);
  }
}

/** Reads the complete records of a file, chunk by chunk, so a large file never sits in memory. */
function readRecords(
  path: string,
  codec: RecordCodec,
  pack: Pack,
): { aggregate: Aggregate; runs: number; validBytes: number; dropped: boolean } {
  const aggregate = emptyAggregate(pack);
  const fd = openSync(path, 'r');
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
