// Builds src/generated/content.ts from sources/, packs/, scenarios/, lessons/ and records/: the
// pack, the scenarios, the lessons and the public records read and checked by core's own parsers
// (parsePack, parseScenario, parseLesson, parseRecord) now, at build time, and written out as plain data, with the YAML texts beside them.
// Importing @brink/data then parses no YAML and runs no zod, in Node, in workers and in browsers.
// Bad content fails the build: one `file:line:col path: message` line per problem, exit code 1.
//
//   tsx --conditions=@brink/source scripts/buildContent.ts      (the package's `build` runs it)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkPack,
  formatIssue,
  type Lesson,
  lookupId,
  type Pack,
  type PublicRecord,
  parseLesson,
  parsePack,
  parseRecord,
  parseScenario,
  type Scenario,
  ValidationError,
  type ValidationIssue,
} from '@brink/core';
import { isNode, LineCounter, parseDocument } from 'yaml';

/** The package's folder, where sources/, packs/, scenarios/ and lessons/ are. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

const ARTICLE_FILE = 'sources/axis-2023-article.txt';
const PACK_FILE = 'packs/axis-2023.yaml';

/** Content that does not pass core's checks: every problem with its file and line. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}

/** The YAML files of a folder, by id (the file name without `.yaml`), in id order. */
function yamlFiles(dir: string, folder: string): [id: string, text: string][] {
  return readdirSync(join(dir, folder))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => [file.replace(/\.yaml$/, ''), readFileSync(join(dir, folder, file), 'utf8')]);
}

/** A file's path as the user can open it: relative to the working directory if it is below it. */
function shown(dir: string, file: string): string {
  const path = join(dir, file);
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

/** Runs a parser; a `ValidationError` becomes a `ContentError` whose lines name `file`. */
function checked<T>(file: string, parse: () => T, text?: string): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = text === undefined ? error.issues : error.issues.map(locateIn(text));
    throw new ContentError(issues.map((issue) => `${file}:${formatIssue(issue)}`).join('\n'));
  }
}

/**
 * The pack is checked as an object (the loader adds its source's paragraphs, which the file does
 * not hold), so its issues carry paths but no lines: find each path's line in the file's text.
 */
function locateIn(text: string): (issue: ValidationIssue) => ValidationIssue {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (issue) => {
    if (issue.line !== undefined) return issue;
    // The deepest node that exists on the path: a missing key is reported at its parent.
    for (let depth = issue.path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(issue.path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { ...issue, line, col };
      }
    }
    return issue;
  };
}

/**
 * The pack, scenarios and lessons of the package in `dir` (by default this one), parsed and
 * checked; throws a `ContentError` naming each problem's file and line if any fails.
 */
export function parsedContent(dir: string = PACKAGE_DIR): {
  articleText: string;
  pack: Pack;
  scenarios: Record<string, Scenario>;
  lessons: Lesson[];
  scenarioYaml: Record<string, string>;
  lessonYaml: Record<string, string>;
  records: Record<string, PublicRecord>;
  recordYaml: Record<string, string>;
} {
  const articleText = readFileSync(join(dir, ARTICLE_FILE), 'utf8');
  const packText = readFileSync(join(dir, PACK_FILE), 'utf8');
  const pack = checked(
    shown(dir, PACK_FILE),
    () => {
      const raw = readPackDocument(packText);
      // The pack file names its source; the text itself comes from the shipped article.
      const sources = (raw.sources ?? []).map((source) =>
        source.id === 'axis-2023-article'
          ? { ...source, paragraphs: articleText.split('\n') }
          : source,
      );
      return parsePack({ ...raw, sources });
    },
    packText,
  );
  const scenarioYaml = Object.fromEntries(yamlFiles(dir, 'scenarios'));
  const scenarios: Record<string, Scenario> = {};
  for (const [id, text] of Object.entries(scenarioYaml)) {
    const file = shown(dir, `scenarios/${id}.yaml`);
    scenarios[id] = checked(file, () => withFileId(id, parseScenario(text, { pack })), text);
  }
  const recordYaml = Object.fromEntries(yamlFiles(dir, 'records'));
  const records: Record<string, PublicRecord> = {};
  for (const [id, text] of Object.entries(recordYaml)) {
    const file = shown(dir, `records/${id}.yaml`);
    records[id] = checked(
      file,
      () => {
        // A record is checked against the hindcast scenario it names (its scripted events).
        const head = parseRecord(text);
        const scenario = lookupId(scenarios, head.scenario);
        if (!scenario) {
          throw new ValidationError('record', [
            { path: ['scenario'], message: `names an unknown scenario "${head.scenario}"` },
          ]);
        }
        return withFileId(id, parseRecord(text, { pack, scenario }));
      },
      text,
    );
  }
  const lessonYaml = Object.fromEntries(yamlFiles(dir, 'lessons'));
  const lessons: Lesson[] = [];
  for (const [id, text] of Object.entries(lessonYaml)) {
    const file = shown(dir, `lessons/${id}.yaml`);
    lessons.push(
      checked(file, () => withFileId(id, parseLesson(text, { pack, scenarios, records })), text),
    );
  }
  lessons.sort((a, b) => a.order - b.order);
  // Now that the records are read, every `recorded` provenance of the pack must cite their events.
  checked(
    shown(dir, PACK_FILE),
    () => {
      const issues = checkPack(pack, { records: Object.values(records) });
      if (issues.length > 0) throw new ValidationError('pack', issues);
    },
    packText,
  );
  return { articleText, pack, scenarios, lessons, scenarioYaml, lessonYaml, records, recordYaml };
}

/** A scenario or lesson is found by its file name: its `id` must be that name. */
function withFileId<T extends { id: string }>(id: string, document: T): T {
  if (document.id === id) return document;
  throw new ValidationError('document', [
    { path: ['id'], message: `is "${document.id}", but the file is named ${id}.yaml` },
  ]);
}

/** The pack file read as YAML; syntax errors come back located, as core's parsers report them. */
function readPackDocument(text: string): { sources?: Record<string, unknown>[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = `YAML: ${error.message.split('\n')[0]}`;
    throw new ValidationError('pack', [{ path: [], message, line, col }]);
  }
  return doc.toJS({ maxAliasCount: 100 }) as { sources?: Record<string, unknown>[] };
}

/** The text of src/generated/content.ts. */
export function contentModule(): string {
  const content = parsedContent();
  const json = (value: unknown) => JSON.stringify(value, null, 1);
  return [
    '// Generated by scripts/buildContent.ts from sources/, packs/, scenarios/, lessons/ and records/,',
    "// each checked by core's parsers at build time. Do not edit; `pnpm --filter @brink/data build`.",
    "import type { Lesson, Pack, PublicRecord, Scenario } from '@brink/core';",
    '',
    `export const ARTICLE_TEXT = ${JSON.stringify(content.articleText)};`,
    `export const PACK: Pack = ${json(content.pack)};`,
    `export const SCENARIOS: Readonly<Record<string, Scenario>> = ${json(content.scenarios)};`,
    `export const LESSONS: readonly Lesson[] = ${json(content.lessons)};`,
    `export const SCENARIO_YAML: Readonly<Record<string, string>> = ${json(content.scenarioYaml)};`,
    `export const LESSON_YAML: Readonly<Record<string, string>> = ${json(content.lessonYaml)};`,
    `export const RECORDS: Readonly<Record<string, PublicRecord>> = ${json(content.records)};`,
    `export const RECORD_YAML: Readonly<Record<string, string>> = ${json(content.recordYaml)};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const text = contentModule();
    mkdirSync(join(PACKAGE_DIR, 'src/generated'), { recursive: true });
    writeFileSync(join(PACKAGE_DIR, 'src/generated/content.ts'), text);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
