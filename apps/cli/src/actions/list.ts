import { scenarioSummary } from '@brink/core/scenarioSummary';
import { scenarios } from '@brink/data';
import type { Context } from '../context.js';
import { truncate, wrap } from '../format/text.js';
import { packs } from '../packs.js';

/** The options of `brink list`, as commander parses them. */
export interface ListOptions {
  json?: boolean;
}

/** What `brink list` does, once its arguments are parsed. */
export function listAction(options: ListOptions, ctx: Context): void {
  const all = Object.values(scenarios);
  if (options.json) {
    const document = {
      scenarios: all.map((scenario) => ({
        id: scenario.id,
        title: scenario.title,
        horizon: scenario.horizon,
        pack: scenario.pack,
        tags: scenario.tags,
        summary: scenarioSummary(scenario),
      })),
      packs: Object.values(packs).map((pack) => ({
        id: pack.id,
        version: pack.version,
        title: pack.title,
        actors: pack.actors.map((actor) => actor.id),
        outcomes: pack.outcomes.map((outcome) => outcome.id),
      })),
    };
    ctx.out(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  const { color, width } = ctx;
  const idWidth = Math.max(...all.map((scenario) => scenario.id.length));
  const indent = ' '.repeat(2 + idWidth + 2 + 10);
  const lines = [color.bold('Scenarios')];
  for (const scenario of all) {
    const days = `${scenario.horizon} days`.padEnd(10);
    lines.push(
      `  ${color.bold(scenario.id.padEnd(idWidth))}  ${color.dim(days)}${truncate(scenario.title, width - indent.length)}`,
    );
    for (const line of wrap(scenarioSummary(scenario), width, indent)) lines.push(color.dim(line));
  }
  lines.push('', color.bold('Packs'));
  for (const pack of Object.values(packs)) {
    lines.push(`  ${color.bold(pack.id)}  ${color.dim(pack.version)}  ${pack.title}`);
    lines.push(
      color.dim(
        `  ${pack.actors.length} actors: ${pack.actors.map((actor) => actor.id).join(', ')}; outcomes: ${pack.outcomes.map((outcome) => outcome.id).join(', ')}`,
      ),
    );
  }
  lines.push('', color.dim('Run one: brink run baseline · brink batch baseline --runs 1000'));
  ctx.out(`${lines.join('\n')}\n`);
}
