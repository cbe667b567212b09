// The README's main job until the CLI lands: the baseline scenario told day by day.
// Usage: pnpm -s story [scenario-id] [seed]
import { narrate, scenarioSummary, simulate } from '@brink/core';
import { axisPack, getScenario } from '../src/index.js';

const [id = 'baseline', seedText = '42'] = process.argv.slice(2);
const seed = Number(seedText);
if (!Number.isSafeInteger(seed)) {
  console.error(`story: seed must be a whole number, not "${seedText}"`);
  process.exit(2);
}
let scenario: ReturnType<typeof getScenario>;
try {
  scenario = getScenario(id);
} catch (error) {
  console.error(`story: ${(error as Error).message}`);
  process.exit(1);
}
const trace = simulate(axisPack, scenario, { seed });
console.log(
  `${scenario.title} — seed ${seed}, ${scenario.horizon} days, pack ${axisPack.id} ${axisPack.version}`,
);
console.log(scenarioSummary(scenario));
console.log('');
for (const line of narrate(trace, axisPack)) {
  console.log(
    line.kind === 'day'
      ? `\n${line.text}`
      : line.kind === 'basis'
        ? `      ${line.text}`
        : `  ${line.text}`,
  );
}
const last = trace.days.at(-1);
if (last) {
  console.log(
    `\nDay ${last.day}: ${Object.entries(last.rungs)
      .map(([actor, rung]) => `${actor} ${rung}`)
      .join(', ')}`,
  );
}
