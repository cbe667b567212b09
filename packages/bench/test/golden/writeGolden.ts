/**
 * Writes golden.json: run with `npx tsx --conditions=@brink/source test/golden/writeGolden.ts`
 * from packages/bench. Only when behaviour changes on purpose (a model change); a refactor must
 * leave the fixture as it is.
 */
import { writeFileSync } from 'node:fs';
import { axisPack, scenarios } from '@brink/data';
import { type Golden, goldenOf, OTHER_RUNS, OTHER_SEEDS, RUNS, SEED } from './goldenOf.js';

const golden: Golden[] = [];
for (const scenario of Object.values(scenarios)) {
  golden.push(goldenOf(axisPack, scenario, SEED, RUNS, true));
  for (const seed of OTHER_SEEDS)
    golden.push(goldenOf(axisPack, scenario, seed, OTHER_RUNS, false));
}
writeFileSync(new URL('./golden.json', import.meta.url), `${JSON.stringify(golden, null, 1)}\n`);
