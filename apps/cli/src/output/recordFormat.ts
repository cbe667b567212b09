import { extname } from 'node:path';
import { csvCodec, ndjsonCodec, type Pack, type RecordCodec } from '@brink/core';
import { usageError } from '../errors.js';

export { csvCodec, ndjsonCodec, type RecordCodec };

/** The formats `--out` can write, by file extension. */
export const RECORD_EXTENSIONS: Readonly<Record<string, RecordCodec['format']>> = {
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/**
 * The codec for an output path, chosen by its extension; a usage error for any other.
 * `parameters`: the names of the values a sampled run draws (CSV columns `param.<name>`).
 */
export function codecFor(
  path: string,
  pack: Pack,
  parameters: readonly string[] = [],
): RecordCodec {
  const format = RECORD_EXTENSIONS[extname(path).toLowerCase()];
  if (!format) {
    throw usageError(
      `--out ${path}: the file name must end in ${Object.keys(RECORD_EXTENSIONS).join(', ')} (NDJSON or CSV records)`,
    );
  }
  return format === 'csv' ? csvCodec(pack, parameters) : ndjsonCodec();
}
