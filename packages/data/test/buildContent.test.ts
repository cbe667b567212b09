import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, parsedContent } from '../scripts/buildContent.js';
import {
  articleParagraphs,
  axisPack,
  lessonSource,
  lessons,
  scenarioSource,
  scenarios,
} from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('the content built into the package', () => {
  it("is what core's parsers make of the files now (run `pnpm --filter @brink/data build` if not)", () => {
    const content = parsedContent();
    expect(axisPack).toStrictEqual(content.pack);
    expect(scenarios).toStrictEqual(content.scenarios);
    expect(lessons).toStrictEqual(content.lessons);
    expect(articleParagraphs.join('\n')).toBe(content.articleText);
    for (const [id, text] of Object.entries(content.scenarioYaml)) {
      expect(scenarioSource(id)).toBe(text);
    }
    for (const [id, text] of Object.entries(content.lessonYaml)) {
      expect(lessonSource(id)).toBe(text);
    }
  });
});

describe('building bad content', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A copy of the package's content with one file changed by `edit`. */
  function copyWith(file: string, edit: (text: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'brink-data-'));
    for (const folder of ['sources', 'packs', 'scenarios', 'lessons', 'records']) {
      cpSync(join(packageDir, folder), join(dir, folder), { recursive: true });
    }
    const text = readFileSync(join(dir, file), 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, file), edited);
    return dir;
  }

  /** The message the build fails with on the content in `contentDir`. */
  function buildError(contentDir: string): string {
    try {
      parsedContent(contentDir);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as Error).message;
    }
    throw new Error('the build accepted bad content');
  }

  /** The 1-based line of the first occurrence of `needle` in `text`. */
  const lineOf = (text: string, needle: string) =>
    text.slice(0, text.indexOf(needle)).split('\n').length;

  it('fails on a scenario with a bad field, naming its file, line and path', () => {
    let line = 0;
    const copy = copyWith('scenarios/baseline.yaml', (text) => {
      line = lineOf(text, 'horizon: 120');
      return text.replace('horizon: 120', 'horizon: -5');
    });
    expect(buildError(copy)).toMatch(
      new RegExp(`^${join(copy, 'scenarios/baseline.yaml')}:${line}:10 horizon: `),
    );
  });

  it('fails on a pack quote that is not in the article, naming its line', () => {
    const quote =
      'quote: avoiding a direct confrontation with Israel that could potentially involve';
    let line = 0;
    const copy = copyWith('packs/axis-2023.yaml', (text) => {
      line = lineOf(text, quote);
      return text.replace(quote, 'quote: avoiding any confrontation at all, not');
    });
    expect(buildError(copy)).toMatch(
      new RegExp(
        `^${join(copy, 'packs/axis-2023.yaml')}:${line}:\\d+ world\\.riskActors\\.provenance\\.quote: not verbatim`,
      ),
    );
  });

  it('fails on a recorded field citing an event the record does not have, naming field and line', () => {
    let line = 0;
    const copy = copyWith('packs/axis-2023.yaml', (text) => {
      line = lineOf(text, '- kataib-hezbollah-suspends');
      return text.replace('- kataib-hezbollah-suspends', '- kataib-hezbollah-suspend');
    });
    expect(buildError(copy)).toBe(
      `${join(copy, 'packs/axis-2023.yaml')}:${line}:17 actors[5].posture.params.obedience.provenance.events[1]: unknown event "kataib-hezbollah-suspend" in record "axis-2023-2025" (did you mean "kataib-hezbollah-suspends"?)`,
    );
  });

  it('fails on pack YAML that does not parse, naming its line', () => {
    const copy = copyWith('packs/axis-2023.yaml', (text) =>
      text.replace('id: axis-2023\n', 'id: [axis\n'),
    );
    expect(buildError(copy)).toMatch(
      new RegExp(`^${join(copy, 'packs/axis-2023.yaml')}:\\d+:\\d+ \\(root\\): YAML: `),
    );
  });

  it('fails on a lesson whose id is not its file name', () => {
    const copy = copyWith('lessons/why-iran-holds-back.yaml', (text) =>
      text.replace('id: why-iran-holds-back', 'id: why-iran-waits'),
    );
    expect(buildError(copy)).toBe(
      `${join(copy, 'lessons/why-iran-holds-back.yaml')}:2:5 id: is "why-iran-waits", but the file is named why-iran-holds-back.yaml`,
    );
  });
});
