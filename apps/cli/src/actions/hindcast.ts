import {
  batchHeader,
  type HindcastScore,
  RUNGS,
  recordMonths,
  runShard,
  scoreHindcast,
} from '@brink/core';
import { axisPack, getRecord, getScenario } from '@brink/data';
import type { Context } from '../context.js';
import { inputError } from '../errors.js';
import { renderHindcast } from '../format/hindcastScore.js';
import { createProgress } from '../progress.js';

/** The options of `brink hindcast`, as commander parses them. */
export interface HindcastOptions {
  runs: number;
  seed: number;
  record: string;
  json?: boolean;
  quiet?: boolean;
}

/** What `brink hindcast` does, once its arguments are parsed. Exits 0 whatever the score. */
export function hindcastAction(options: HindcastOptions, ctx: Context): void {
  let record: ReturnType<typeof getRecord>;
  try {
    record = getRecord(options.record);
  } catch (error) {
    // An unknown id is exit 1, like an unknown scenario or pack: the command line is well formed.
    throw inputError((error as Error).message);
  }
  const pack = axisPack;
  const scenario = getScenario(record.scenario);
  const progress = createProgress({
    stream: ctx.stderr,
    total: options.runs,
    initial: 0,
    enabled: ctx.stderrIsTTY && !options.quiet,
    label: 'hindcast',
  });
  let done = 0;
  const { profile } = runShard(pack, scenario, {
    seed: options.seed,
    from: 0,
    to: options.runs,
    windows: recordMonths(record.epoch, record.end),
    onRecord: () => progress.update(++done),
  });
  progress.stop();
  const score = scoreHindcast(pack, record, profile);
  if (options.json) {
    ctx.out(
      `${JSON.stringify(hindcastDocument(score, batchHeader(pack, scenario, options.seed)), null, 2)}\n`,
    );
    return;
  }
  ctx.out(
    `${renderHindcast(score, record, { seed: options.seed, scenario: scenario.id }, ctx).join('\n')}\n`,
  );
}

/**
 * The score as `--json` prints it: the batch header (scenario and hash, pack version, seed, engine
 * version), then per actor its means and its months, the overall means, and the facts.
 */
export function hindcastDocument(score: HindcastScore, header: ReturnType<typeof batchHeader>) {
  return {
    command: 'hindcast' as const,
    ...header,
    record: score.record,
    runs: score.runs,
    definition: score.definition,
    rungs: RUNGS,
    overall: score.overall,
    factsPassed: score.factsPassed,
    factsTotal: score.facts.length,
    actors: score.actors.map((actor) => ({
      actor: actor.actor,
      scoredMonths: actor.scoredMonths,
      withinOne: actor.withinOne,
      meanAbsError: actor.meanAbsError,
      months: actor.months.map((cell) => ({
        month: cell.month,
        fromDay: cell.fromDay,
        toDay: cell.toDay,
        recorded: cell.recorded,
        events: cell.events,
        model: {
          runs: cell.model.runs,
          p5: cell.model.p5,
          p25: cell.model.p25,
          median: cell.model.median,
          p75: cell.model.p75,
          p95: cell.model.p95,
          histogram: cell.model.histogram,
        },
        withinOne: cell.withinOne,
        meanAbsError: cell.meanAbsError,
      })),
    })),
    facts: score.facts.map(({ fact, measured, day, passed }) => ({
      id: fact.id,
      title: fact.title,
      kind: fact.kind,
      claim: fact.claim,
      events: fact.events,
      measure: fact.measure,
      share: fact.share,
      measured,
      day,
      passed,
    })),
  };
}
