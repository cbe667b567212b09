import { closeSync, openSync, readSync, statSync } from 'node:fs';
import {
  DOCUMENT_LIMITS,
  formatIssue,
  lookupId,
  type Pack,
  parseScenario,
  type Scenario,
  ValidationError,
} from '@brink/core';
import { nearestId, scenarios } from '@brink/data';
import { CliError, describeFsError, inputError } from './errors.js';
import { DEFAULT_PACK } from './options.js';
import { getPack, packs } from './packs.js';

/** A scenario ready to run, with the pack it runs on and where it came from. */
export interface LoadedScenario {
  scenario: Scenario;
  pack: Pack;
  /** `built-in`, or the path of the file it was read from. */
  origin: string;
}

/**
 * Resolves a scenario argument: a built-in id (`baseline`), or a path to a YAML or JSON scenario
 * file. Anything with a slash or a file extension is a path; a bare word is a built-in id, or a
 * file of that name when no built-in has it. Throws an input error (exit 1) for an unknown id,
 * with the nearest id suggested, for a file that cannot be read, and for an invalid scenario,
 * naming each problem as `file:line:col path: message`.
 */
export function loadScenario(argument: string): LoadedScenario {
  const builtIn = lookupId(scenarios, argument);
  if (builtIn) return { scenario: builtIn, pack: getPack(builtIn.pack), origin: 'built-in' };
  if (!looksLikePath(argument) && !isFile(argument)) {
    const ids = Object.keys(scenarios);
    const nearest = nearestId(argument, ids);
    throw inputError(
      `unknown scenario "${argument}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; ` +
        `built-in: ${ids.join(', ')}; or give a path to a .yaml or .json file`,
    );
  }
  return { ...readScenarioFile(argument), origin: argument };
}

/** Reads and validates a scenario file against its pack; see {@link loadScenario}. */
export function readScenarioFile(path: string): { scenario: Scenario; pack: Pack } {
  const text = readText(path, 'scenario file');
  // A file naming an unknown pack is checked against the default one, which reports the mismatch
  // with its line.
  const pack = lookupId(packs, declaredPack(text) ?? DEFAULT_PACK) ?? getPack(DEFAULT_PACK);
  try {
    return { scenario: parseScenario(text, { pack }), pack };
  } catch (error) {
    if (error instanceof ValidationError) throw invalidFile(path, error);
    throw error;
  }
}

/**
 * The text of a file, or an input error saying why it cannot be read. Reads at most core's
 * `DOCUMENT_LIMITS.bytes` (and one byte more, to tell): a larger file, or an endless one
 * (`/dev/zero`), is refused as soon as it passes the limit.
 */
export function readText(path: string, what: string): string {
  const limit = DOCUMENT_LIMITS.bytes;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) {
        throw inputError(
          `cannot read ${what} ${path}: it is larger than ${limit / 1_048_576} MB, the most a document may be`,
        );
      }
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError(`cannot read ${what} ${path}: ${describeFsError(error)}`, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A validation error as one `file:line:col path: message` line per problem. */
export function formatFileIssues(path: string, error: ValidationError): string[] {
  return error.issues.map((issue) => `${path}:${formatIssue(issue)}`);
}

function invalidFile(path: string, error: ValidationError) {
  const lines = formatFileIssues(path, error);
  // One problem is one line, led by its place so editors and terminals can jump to it.
  if (lines.length === 1) return inputError(lines[0]!, error);
  return inputError(
    `invalid scenario ${path} (${lines.length} problems):\n${lines.join('\n')}`,
    error,
  );
}

/** The pack a scenario file names, read without parsing it (parsing reports any problem later). */
function declaredPack(text: string): string | undefined {
  const match = /^pack:\s*["']?([a-z0-9][a-z0-9-]*)["']?\s*(?:#.*)?$/m.exec(text);
  if (match) return match[1];
  const json = /"pack"\s*:\s*"([a-z0-9][a-z0-9-]*)"/.exec(text);
  return json?.[1];
}

function looksLikePath(argument: string): boolean {
  return /[/\\]/.test(argument) || /\.(ya?ml|json)$/i.test(argument);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
