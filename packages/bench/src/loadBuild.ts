import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of a build's `@brink/core` and `@brink/data` a kernel comparison runs. */
export interface Build {
  /** The checkout's root, as given (resolved to an absolute path). */
  root: string;
  /** Runs of one scenario of the build's own pack, with no observer. */
  kernel(scenario: string): { run(seed: number, run: number): void };
  /** `runShard` of the build: the kernel with the batch's record, outcome and profile recorders. */
  shard(scenario: string, seed: number, from: number, to: number): void;
  /** The ids of the build's built-in scenarios. */
  scenarios: string[];
}

interface CoreModule {
  createKernel(pack: unknown, scenario: unknown): { run(seed: number, run: number): void };
  runShard(
    pack: unknown,
    scenario: unknown,
    options: { seed: number; from: number; to: number },
  ): unknown;
}
interface DataModule {
  axisPack: unknown;
  scenarios: Record<string, unknown>;
}

/**
 * Loads the built `@brink/core` and `@brink/data` of the checkout at `root` (a worktree of this
 * repository at any commit, built: `packages/core/dist` and `packages/data/dist`), so two
 * versions of the kernel can run side by side in one process. Its data package imports its own
 * core, so each build runs its own model on its own pack. Throws an error naming the missing
 * file and how to build it when the checkout is absent or not built.
 */
export async function loadBuild(root: string): Promise<Build> {
  const absolute = resolve(root);
  const entry = (name: string) => resolve(absolute, 'packages', name, 'dist', 'index.js');
  for (const name of ['core', 'data']) {
    if (!existsSync(entry(name)))
      throw new Error(
        `no built @brink/${name} at ${entry(name)}: give the root of a checkout whose core and data are built (npx -y pnpm@10 install, then npx -y pnpm@10 --filter @brink/data... build there)`,
      );
  }
  const core = (await import(pathToFileURL(entry('core')).href)) as CoreModule;
  const data = (await import(pathToFileURL(entry('data')).href)) as DataModule;
  const scenario = (id: string) => {
    const found = data.scenarios[id];
    if (!found) throw new Error(`the build at ${absolute} has no scenario "${id}"`);
    return found;
  };
  return {
    root: absolute,
    kernel: (id) => core.createKernel(data.axisPack, scenario(id)),
    shard: (id, seed, from, to) => {
      core.runShard(data.axisPack, scenario(id), { seed, from, to });
    },
    scenarios: Object.keys(data.scenarios),
  };
}
