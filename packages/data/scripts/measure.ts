// Prints the measured figures behind the article-claim tests. Usage: pnpm -s measure [runs] [seed]
import { evaluateOutcomes, rungIndex } from '@brink/core';
import { axisPack } from '../src/index.js';
import {
  AXIS_BESIDES_HAMAS,
  attackersBetween,
  firstAttackDay,
  firstDayAt,
  highestRung,
  runs,
  share,
  usStrikesMilitiasWithin,
} from '../test/articleClaims.js';

const count = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? 2023);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const regionalWar = (id: string) =>
  share(runs(axisPack, id, seed, count), (t) => evaluateOutcomes(t, axisPack)['regional-war']!);

const baseline = runs(axisPack, 'baseline', seed, count);
console.log(`seed ${seed}, ${count} runs per scenario`);
console.log(
  `baseline: Iran at or below indirect ${pct(share(baseline, (t) => highestRung(t, 'iran') <= rungIndex('indirect')))}`,
);
console.log(
  `baseline: ≥3 Axis actors besides Hamas attack within days 0–13 ${pct(share(baseline, (t) => attackersBetween(t, AXIS_BESIDES_HAMAS, 0, 13).size >= 3))}`,
);
const hezbollahFirst = baseline
  .map((t) => firstAttackDay(t, 'hezbollah'))
  .filter((d): d is number => d !== null);
console.log(
  `baseline: Hezbollah's first attack, earliest day ${Math.min(...hezbollahFirst)} (attacked in ${hezbollahFirst.length}/${count} runs)`,
);
const outcomes = Object.fromEntries(
  axisPack.outcomes.map((o) => [
    o.id,
    share(baseline, (t) => evaluateOutcomes(t, axisPack)[o.id]!),
  ]),
);
console.log(
  `baseline outcomes: ${Object.entries(outcomes)
    .map(([id, v]) => `${id} ${pct(v)}`)
    .join(', ')}`,
);

const strike = runs(axisPack, 'strike-on-iran', seed, count);
const strikeFirst = strike
  .map((t) => firstDayAt(t, 'iran', 'limited'))
  .filter((d): d is number => d !== null);
console.log(
  `strike-on-iran: Iran reaches limited ${pct(strikeFirst.length / count)}, earliest day ${Math.min(...strikeFirst)}`,
);

const commitsWar = regionalWar('iran-commits');
console.log(
  `iran-commits: regional-war ${pct(commitsWar)} vs baseline ${pct(outcomes['regional-war']!)}`,
);

const casualties = runs(axisPack, 'us-casualties', seed, count);
console.log(
  `us-casualties: US strikes the militias at limited+ within 10 days of day 20 ${pct(share(casualties, (t) => usStrikesMilitiasWithin(t, 20, 10)))}`,
);
for (const id of ['hezbollah-opens-front', 'gaza-ceasefire']) {
  const traces = runs(axisPack, id, seed, count);
  console.log(
    `${id}: ${axisPack.outcomes.map((o) => `${o.id} ${pct(share(traces, (t) => evaluateOutcomes(t, axisPack)[o.id]!))}`).join(', ')}`,
  );
}
