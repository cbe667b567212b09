import { narrate, simulate } from '@brink/core';
import { resolveActors } from '../actors.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { renderNarrative } from '../format/narrative.js';
import { paintRung } from '../format/rungStyle.js';
import { renderRunHeader } from '../format/runHeader.js';
import { renderStrips } from '../format/strips.js';
import { loadScenario } from '../loadScenario.js';

/** The options of `brink run`, as commander parses them. */
export interface RunOptions {
  seed: number;
  horizon?: number;
  actor: string[];
  format: 'text' | 'json';
}

/** What `brink run` does, once its arguments are parsed. */
export function runAction(scenarioArg: string, options: RunOptions, ctx: Context): void {
  const { scenario, pack } = loadScenario(scenarioArg);
  const actors = resolveActors(pack, options.actor);
  if (options.horizon !== undefined && options.horizon > scenario.horizon) {
    throw usageError(
      `--horizon ${options.horizon} is beyond the scenario's ${scenario.horizon} days`,
    );
  }
  const trace = simulate(pack, scenario, {
    seed: options.seed,
    ...(options.horizon === undefined ? {} : { horizon: options.horizon }),
  });
  const horizon = options.horizon;
  const cut =
    horizon === undefined ? [] : scenario.injects.filter((inject) => inject.day >= horizon);
  if (cut.length > 0) {
    // The header still describes the whole scenario: say what this run leaves out.
    const names = cut.map((inject) => {
      const parties = 'from' in inject && 'to' in inject ? ` ${inject.from} → ${inject.to}` : '';
      return `day ${inject.day} ${inject.type}${parties}`;
    });
    ctx.log(
      `brink: --horizon ${horizon} leaves out ${cut.length === 1 ? 'the scripted inject' : `${cut.length} scripted injects`} on day ${horizon} or later: ${names.join(', ')}`,
    );
  }
  if (options.format === 'json') {
    ctx.out(`${JSON.stringify(trace)}\n`);
    return;
  }

  const { color, width } = ctx;
  const shown = actors.length > 0 ? actors : undefined;
  const lines = [
    ...renderRunHeader(trace, pack, scenario, { color, width }),
    '',
    ...renderStrips(trace, pack, scenario, { width, color, ...(shown ? { actors: shown } : {}) }),
    ...renderNarrative(narrate(trace, pack, shown ? { actors: shown } : {}), {
      color,
      ...(ctx.stdoutIsTTY ? { width } : {}),
    }),
  ];
  const last = trace.days.at(-1);
  if (last) {
    const names = new Map(pack.actors.map((actor) => [actor.id, actor.name]));
    const rungs = Object.entries(last.rungs)
      .filter(([id]) => !shown || shown.includes(id))
      .map(([id, rung]) => `${names.get(id) ?? id} ${paintRung(rung, rung, color)}`);
    lines.push('', color.bold(`Day ${last.day}, the last: `) + rungs.join(' · '));
  }
  if (ctx.stdoutIsTTY) {
    lines.push(
      color.dim(
        `Why is an actor where it is? brink explain ${scenarioArg} --actor ${shown?.[0] ?? pack.actors[0]?.id} --seed ${options.seed}`,
      ),
    );
  }
  ctx.out(`${lines.join('\n')}\n`);
}
