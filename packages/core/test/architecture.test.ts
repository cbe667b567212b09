import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of core's source, checked on every file under src/, recursively.
 *
 * Folders are layers, each importing only from the layers below it (README, "Using the engine"):
 * schema ← machine ← run ← batch, analysis ← lessons, hindcast. Folders on one level (`batch/`
 * and `analysis/`; `lessons/` and `hindcast/`) do not import each other. Only src/index.ts, the one public surface, sits above them
 * all, and nothing inside imports it.
 */
const LAYERS: Record<string, number> = {
  schema: 0,
  machine: 1,
  run: 2,
  analysis: 3,
  batch: 4,
  lessons: 5,
  hindcast: 5,
};
const src = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** A file's code without its comments: comments may say what the code never does. */
const codeOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The folder a path under src/ is in; null for a file at the top (index.ts). */
const folderOf = (file: string) => {
  const path = relative(src, file).split(sep);
  return path.length === 1 ? null : path[0]!;
};

const files = sourceFiles(src);

describe('core source', () => {
  it('lives in the known folders, with index.ts alone at the top', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const folder = folderOf(file);
      if (folder === null) expect(relative(src, file)).toBe('index.ts');
      else expect(Object.keys(LAYERS), relative(src, file)).toContain(folder);
    }
  });

  it('imports only downward between folders, and never the index from inside', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      if (from === null) continue;
      for (const match of codeOf(file).matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
        const to = folderOf(resolve(dirname(file), match[1]!));
        const name = relative(src, file);
        if (to === null) violations.push(`${name} imports the index (${match[1]})`);
        else if (to !== from && !(LAYERS[to]! < LAYERS[from]!))
          violations.push(`${name} (${from}/) imports ${to}/ (${match[1]})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('never reads the clock or Math.random, nor imports a Node module, in any file', () => {
    for (const file of files) {
      const code = codeOf(file);
      const name = relative(src, file);
      for (const banned of ['Math.random', 'Date.now', 'new Date(', 'performance.now']) {
        expect(code.includes(banned), `${name} uses ${banned}`).toBe(false);
      }
      expect(
        /from '(node:)?(fs|worker_threads|path|os)'/.test(code),
        `${name} imports a Node module`,
      ).toBe(false);
    }
  });
});
