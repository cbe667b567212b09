import type { Pack } from '@brink/core';
import type { RecordedRunOptions } from '../actions/checkRecordedRunOptions.js';
import { claimOutput, type OutputClaim } from './claimOutput.js';
import { codecFor, type RecordCodec } from './recordFormat.js';

/**
 * The codec and the claim of `--out FILE` for a command that writes run records (`brink batch`,
 * `brink explore`), taken before any work is done; both undefined without --out. `parameters`
 * are the names of the values each record keeps (its CSV `param.` columns); `origin` is
 * `built-in` or the scenario file read (the output may not be it); `queuedId` is the queued
 * batch's id, whose own unfinished file a rerun may rewrite. Throws what `claimOutput` throws.
 */
export function claimRecordOutput(
  options: RecordedRunOptions,
  pack: Pack,
  parameters: readonly string[],
  origin: string,
  queuedId?: string,
): { codec?: RecordCodec; claim?: OutputClaim } {
  if (!options.out) return {};
  const codec = codecFor(options.out, pack, parameters);
  const claim = claimOutput(options.out, {
    option: '--out',
    inputs: origin === 'built-in' ? [] : [origin],
    existing: options.force ? 'replace' : options.resume ? 'continue' : 'refuse',
    resumable: !options.queue,
    // Running a queued batch's command again collects it, rewriting its unfinished file.
    ...(queuedId ? { ownPartial: (manifest) => manifest.queue?.batch === queuedId } : {}),
  });
  return { codec, claim };
}
