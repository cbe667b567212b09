import {
  type Pack,
  parseScenario,
  type Scenario,
  type ScenarioInput,
  ValidationError,
  type ValidationIssue,
} from '@brink/core';
import { stringify } from 'yaml';

/**
 * The part of a scenario the editor changes, merged over a built-in scenario. It may be invalid
 * (the editor shows why), so it is typed loosely and checked by `parseScenario`.
 */
export type ScenarioEdit = Partial<Record<keyof ScenarioInput, unknown>> & {
  /**
   * Red-line changes by actor and red line, as links made before scenarios could hold them kept
   * them. `mergeEdit` moves them into `overrides.<actor>.redLines`; new links never carry this.
   */
  redLines?: unknown;
};

/** The scenario fields an edit carries: everything but comments for teachers. */
const EDIT_KEYS = ['id', 'title', 'summary', 'tags', 'horizon', 'overrides', 'injects'] as const;

/**
 * The longest edit an address may carry, in characters: a longer one is refused at once with a
 * message, never decoded, validated and simulated (a 1.4 MB edit took over 30 s to open).
 */
export const MAX_EDIT_LENGTH = 50_000;

/** An edit as a URL-safe string: base64url of its JSON. */
export function encodeEdit(edit: ScenarioEdit): string {
  const bytes = new TextEncoder().encode(JSON.stringify(edit));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The edit in a URL, or a message saying why it cannot be read. */
export function decodeEdit(text: string): { edit: ScenarioEdit } | { error: string } {
  if (text.length > MAX_EDIT_LENGTH) {
    return {
      error: `the edited scenario in the address is ${text.length.toLocaleString('en')} characters long; an address carries at most ${MAX_EDIT_LENGTH.toLocaleString('en')} (about 150 scripted events): download the scenario as YAML and load the file in the editor instead`,
    };
  }
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: 'the edited scenario in the address is not an object' };
    }
    return { edit: value as ScenarioEdit };
  } catch {
    return { error: 'the edited scenario in the address is damaged (it is not base64url JSON)' };
  }
}

/** A built-in scenario with an edit laid over it, as plain data ready for `parseScenario`. */
export function mergeEdit(base: Scenario, edit: ScenarioEdit): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const key of EDIT_KEYS) {
    if (key in edit) merged[key] = edit[key];
  }
  if (isRecord(edit.redLines)) merged.overrides = foldRedLines(merged.overrides, edit.redLines);
  // A teacher's notes describe the scenario as built in, not an edited one.
  if (Object.keys(edit).length > 0) delete merged.teachingNotes;
  return merged;
}

/** Older links' red-line changes, moved into the overrides where scenarios now keep them. */
function foldRedLines(overrides: unknown, redLines: Record<string, unknown>): unknown {
  if (overrides !== undefined && !isRecord(overrides)) return overrides;
  const folded: Record<string, unknown> = { ...overrides };
  for (const [actor, byRedLine] of Object.entries(redLines)) {
    const override = folded[actor];
    if (override !== undefined && !isRecord(override)) continue;
    const existing = override?.redLines;
    folded[actor] = {
      ...override,
      redLines:
        isRecord(existing) && isRecord(byRedLine) ? { ...byRedLine, ...existing } : byRedLine,
    };
  }
  return folded;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the editor saves: the fields of `draft` that differ from the built-in `base`. */
export function diffEdit(base: Scenario, draft: Record<string, unknown>): ScenarioEdit {
  const edit: ScenarioEdit = {};
  for (const key of EDIT_KEYS) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(base[key])) edit[key] = draft[key];
  }
  return edit;
}

/** A checked scenario, or the issues that keep `value` from being one. */
export type CheckedScenario =
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ValidationIssue[] };

/** Validates a scenario (text or data) against a pack, collecting issues instead of throwing. */
export function checkScenarioInput(value: unknown, pack: Pack): CheckedScenario {
  try {
    return { ok: true, scenario: parseScenario(value, { pack }) };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, issues: error.issues };
    return { ok: false, issues: [{ path: [], message: (error as Error).message }] };
  }
}

/** A scenario as the YAML file a user downloads; it loads back through `parseScenario`. */
export function scenarioYaml(scenario: Record<string, unknown>): string {
  const { $schema: _schema, ...rest } = scenario;
  return `# A Brink scenario, edited in the web app. Load it back there, or run it with the CLI.\n${stringify(rest, { lineWidth: 100 })}`;
}
