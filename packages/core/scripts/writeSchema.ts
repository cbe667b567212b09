// Writes scenario.schema.json and pack.schema.json from the zod schemas; a test fails when a
// committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchema } from '../src/schema/packJsonSchema.js';
import { scenarioJsonSchema } from '../src/schema/scenarioJsonSchema.js';

for (const [file, schema] of [
  ['scenario.schema.json', scenarioJsonSchema()],
  ['pack.schema.json', packJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../${file}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
