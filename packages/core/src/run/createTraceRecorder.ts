import { RUNGS } from '../schema/rungs.js';
import type {
  AttackChoice,
  Decision,
  RedLineCrossing,
  Trace,
  TraceDay,
  WorldEvent,
} from '../schema/types.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from '../schema/vocabulary.js';
import { batchHeader } from './batchHeader.js';
import type { Kernel } from './createKernel.js';
import { explainChoice } from './explainChoice.js';
import { explainDecision } from './explainDecision.js';
import type { RunObserver } from './RunObserver.js';

/** An observer that records a run's `Trace`. */
export interface TraceRecorder extends RunObserver {
  /** The trace of the last run observed (a fresh object, the caller's to keep). */
  trace(): Trace;
}

/**
 * Records each run of `kernel` as a `Trace`: every day's rungs, its events (scripted injects as
 * the scenario writes them, without their `day`), its decisions explained by `explainDecision`
 * its red lines crossed, and its attack choices explained by `explainChoice` (only on days that
 * have any), under the batch header.
 *
 * @example
 * const recorder = createTraceRecorder(kernel);
 * kernel.run(42, 0, recorder);
 * const trace = recorder.trace();
 */
export function createTraceRecorder(kernel: Kernel): TraceRecorder {
  const { model, horizon } = kernel;
  const ids = model.actors.map((actor) => actor.id);
  const injects = model.scenario.injects;
  const scripted = (inject: number): WorldEvent => {
    const { day: _day, ...event } = injects[inject]!;
    return event;
  };
  let seed = 0;
  let run = 0;
  let days: TraceDay[] = [];
  let rungs: TraceDay['rungs'] = {};
  let events: WorldEvent[] = [];
  let decisions: Decision[] = [];
  let redLines: RedLineCrossing[] = [];
  let choices: AttackChoice[] = [];

  return {
    startRun(batchSeed, runIndex) {
      seed = batchSeed;
      run = runIndex;
      days = [];
      events = [];
      decisions = [];
      redLines = [];
      choices = [];
    },
    redLine(actor, line, _day, until) {
      const compiled = model.actors[actor]!;
      const redLine = compiled.posture.redLines[line]!;
      redLines.push({
        actor: compiled.id,
        redLine: redLine.id,
        label: redLine.label,
        lift: redLine.lift,
        until,
        provenance: [{ field: `${compiled.id}.redLines[${line}]`, ...redLine.provenance }],
      });
    },
    decision(decision) {
      decisions.push(explainDecision(model, decision));
    },
    initiative(from, to, rule, chance, heldBy) {
      choices.push(explainChoice(model, { rule, from, to, chance, heldBy }));
    },
    intercept(from, to, means, severity, harm) {
      choices.push(explainChoice(model, { rule: 'intercept', from, to, means, severity, harm }));
    },
    linkage(from, to, ally) {
      choices.push(explainChoice(model, { rule: 'linkage', from, to, ally }));
    },
    rungs(_day, today) {
      rungs = {};
      for (let i = 0; i < ids.length; i++) rungs[ids[i]!] = RUNGS[today[i]!]!;
    },
    attack(from, to, means, target, severity, rung, inject) {
      events.push(
        inject >= 0
          ? scripted(inject)
          : {
              type: 'attack',
              from: ids[from]!,
              to: ids[to]!,
              means: MEANS[means]!,
              target: TARGET_CLASSES[target]!,
              severity,
              rung: RUNGS[rung]!,
            },
      );
    },
    support(from, to, channel, inject) {
      events.push(
        inject >= 0
          ? scripted(inject)
          : { type: 'support', from: ids[from]!, to: ids[to]!, channel: CHANNELS[channel]! },
      );
    },
    restrain(from, to, inject) {
      events.push(
        inject >= 0 ? scripted(inject) : { type: 'restrain', from: ids[from]!, to: ids[to]! },
      );
    },
    ceasefire(_parties, _days, inject) {
      // Ceasefires only come from scripted injects.
      events.push(scripted(inject));
    },
    statement(from, stance, inject) {
      events.push(inject >= 0 ? scripted(inject) : { type: 'statement', from: ids[from]!, stance });
    },
    endDay(day) {
      days.push({
        day,
        rungs,
        events,
        decisions,
        redLines,
        ...(choices.length ? { choices } : {}),
      });
      events = [];
      decisions = [];
      redLines = [];
      choices = [];
    },
    trace() {
      return { ...batchHeader(model.pack, model.scenario, seed), run, horizon, days };
    },
  };
}
