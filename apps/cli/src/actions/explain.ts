import {
  agree,
  applyOverrides,
  type Decision,
  describeBasis,
  type FieldProvenance,
  formatCount,
  type RedLineCrossing,
  rungIndex,
  simulate,
} from '@brink/core';
import { resolveActors } from '../actors.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { paintRung } from '../format/rungStyle.js';
import { wrap } from '../format/text.js';
import { loadScenario } from '../loadScenario.js';

/** The options of `brink explain`, as commander parses them. */
export interface ExplainOptions {
  actor: string;
  seed: number;
  day?: number;
  json?: boolean;
}

/** One link of the chain that brought an actor to its rung. */
type Link =
  | { day: number; kind: 'decision'; decision: Decision }
  | { day: number; kind: 'red-line'; crossing: RedLineCrossing };

/** What `brink explain` does, once its arguments are parsed. */
export function explainAction(scenarioArg: string, options: ExplainOptions, ctx: Context): void {
  const { scenario, pack } = loadScenario(scenarioArg);
  const [actorId] = resolveActors(pack, [options.actor]);
  if (!actorId || options.actor.includes(',')) throw usageError('--actor takes one actor id');
  const day = options.day ?? scenario.horizon - 1;
  if (day >= scenario.horizon) {
    throw usageError(
      `--day ${day} is beyond the scenario: its days are 0 to ${scenario.horizon - 1}`,
    );
  }
  const trace = simulate(pack, scenario, { seed: options.seed, horizon: day + 1 });
  const actor = applyOverrides(pack.actors.find((a) => a.id === actorId)!, scenario);
  const posture = actor.posture;
  const rung = trace.days[day]!.rungs[actorId]!;
  const chain: Link[] = trace.days.flatMap((d) => [
    ...d.redLines
      .filter((crossing) => crossing.actor === actorId)
      .map((crossing): Link => ({ day: d.day, kind: 'red-line', crossing })),
    ...d.decisions
      .filter((decision) => decision.actor === actorId)
      .map((decision): Link => ({ day: d.day, kind: 'decision', decision })),
  ]);
  // A lift is in force on `day` if it was crossed by then and has not yet run out.
  const lifts = chain
    .filter((link): link is Extract<Link, { kind: 'red-line' }> => link.kind === 'red-line')
    .filter((link) => link.day <= day && link.crossing.until > day)
    .map((link) => link.crossing);
  const field = (
    name: string,
    provenance: (typeof posture)['ceiling']['provenance'],
  ): FieldProvenance => ({
    field: `${actorId}.${name}`,
    ...provenance,
  });
  const start = { rung: posture.start.value, basis: field('start', posture.start.provenance) };
  const ceiling = {
    rung: posture.ceiling.value,
    basis: field('ceiling', posture.ceiling.provenance),
  };

  if (options.json) {
    const document = {
      scenario: scenario.id,
      scenarioHash: trace.scenarioHash,
      seed: options.seed,
      day,
      actor: actorId,
      rung,
      start,
      ceiling,
      lifts,
      chain,
    };
    ctx.out(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }

  const { color } = ctx;
  const width = ctx.stdoutIsTTY ? ctx.width : Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  const para = (text: string, indent: string, style: (s: string) => string = (s) => s) => {
    for (const line of wrap(text, width, indent, `${indent}  `)) lines.push(style(line));
  };
  const basis = (provenance: FieldProvenance, indent = '          ') =>
    para(describeBasis(provenance, pack), indent, color.dim);

  lines.push(
    `${color.bold(actor.name)} on day ${day} of ${color.bold(scenario.id)} (seed ${options.seed}): ${paintRung(rung, color.bold(rung), color)}`,
  );
  lines.push('');
  lines.push(color.bold('Where it began, and how high it goes by its own choice'));
  para(`starts at ${start.rung}`, '  ');
  basis(start.basis, '      ');
  para(`ceiling ${ceiling.rung}: it climbs no higher unless a red line is crossed`, '  ');
  basis(ceiling.basis, '      ');
  for (const redLine of posture.redLines) {
    para(
      `red line ${redLine.id}: ${redLine.label} → ceiling ${redLine.lift} for ${redLine.days} days`,
      '  ',
    );
  }

  lines.push('');
  lines.push(
    color.bold(
      `How it got there (${chain.length === 0 ? 'no changes' : formatCount(chain.length, 'step')})`,
    ),
  );
  if (chain.length === 0) {
    para(
      `${actor.name} never moved: ${agree(actor, 'it has', 'they have')} stood at ${rung} since day 0, ${agree(actor, 'its', 'their')} starting rung.`,
      '  ',
    );
  }
  for (const link of chain) {
    const at = `  day ${String(link.day).padEnd(4)}`;
    if (link.kind === 'red-line') {
      const { crossing } = link;
      para(
        `red line crossed: ${crossing.label}; ceiling lifted to ${crossing.lift} until day ${crossing.until}`,
        at,
        (text) => color.bold(color.magenta(text)),
      );
      for (const provenance of crossing.provenance) basis(provenance);
      continue;
    }
    const { decision } = link;
    const up = rungIndex(decision.to) > rungIndex(decision.from);
    const move = `${decision.from} → ${decision.to}`;
    lines.push(
      `${at}${up ? color.yellow(move) : color.green(move)}  ${color.dim(`(rule ${decision.rule})`)}`,
    );
    para(decision.why, '          ');
    const values = Object.entries(decision.values)
      .map(([name, value]) => `${name} ${value}`)
      .join(' · ');
    if (values) para(`values: ${values}`, '          ', color.dim);
    for (const provenance of decision.provenance) basis(provenance);
  }

  lines.push('');
  const lifted =
    lifts.length > 0
      ? lifts.reduce((a, b) => (rungIndex(b.lift) > rungIndex(a.lift) ? b : a))
      : undefined;
  para(
    `On day ${day} ${actor.name} ${agree(actor, 'stands', 'stand')} at ${rung}; ${agree(actor, 'its', 'their')} ceiling is ${ceiling.rung}` +
      (lifted
        ? `, lifted to ${lifted.lift} until day ${lifted.until} by red line ${lifted.redLine}.`
        : ', with no red line lifting it.'),
    '',
    color.bold,
  );
  ctx.out(`${lines.join('\n')}\n`);
}
