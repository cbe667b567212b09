import { bestChannel, round } from './act.js';
import type { CompiledMachineStepper } from './compileMachineStepper.js';
import { compileWorld, type StepperKind } from './compileWorld.js';
import type { PostureState } from './createMachineStepper.js';
import { createOutcomeTracker } from './createOutcomeTracker.js';
import { createRng } from './createRng.js';
import { riskOfWiderWar, saturate } from './perceive.js';
import type { PostureEvent } from './postureEvents.js';
import { FIRST_MILITARY_RUNG, RUNGS, type Rung, rungIndex } from './rungs.js';
import type { RunRecord } from './runRecord.js';
import type { TraceHasher } from './traceDigest.js';
import type { Pack, Scenario } from './types.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from './vocabulary.js';

/**
 * The batch fast path. A batch needs each run's `RunRecord`, not its trace, so this runner walks
 * the same days as `simulate` (stepDay) without building what only a trace needs: no event
 * objects, no explanation strings, no per-day rung maps, no immutable state copies.
 *
 * Where behaviour comes from:
 * - **Decisions** — every rung change — come from the xstate machines themselves, through the
 *   transition table `compileMachineStepper` reads off each machine definition: the machine's
 *   own guards, tried in xstate's order, and its own action recipes (`POSTURE_RECIPES`), applied
 *   in place (`advance`) to one context per actor that the runner owns. No rule is restated here.
 * - **Perception and action** (DESIGN §4: the world around the machines) follow `perceive`,
 *   `digestEvents` and `act` step for step and share their helpers (`saturate`,
 *   `riskOfWiderWar`, `bestChannel`, `round`), but on typed arrays: pressure received is summed
 *   as events happen, into the arrays the next day reads; remembered attacks are a table of the
 *   last day each (attacker, target, rung) happened; truces are a (day, actor, actor) table
 *   filled once from the scenario's injects. Floating-point sums run in the same order and random
 *   numbers are drawn in the same order as in `stepDay`, so results are equal, not close.
 * - **Records and outcomes** are built while the run streams past: highest rungs and first days
 *   in arrays, outcomes by the same `OutcomeTracker` that `evaluateOutcomes` runs over a trace.
 *
 * So the machines' rules exist once, in the machines; the world step exists twice — `stepDay`,
 * which also explains every decision for traces, and this loop — and the tests below keep the
 * two equal.
 *
 * Everything that depends only on (pack, scenario) is prepared once per runner, and all run
 * state is allocated once and reset per run, so a shard of any size costs one runner.
 *
 * Proof of equality: test/createBatchRunner.test.ts checks records and trajectory digests
 * (`traceDigest`: every day's rungs and every event) against `simulate`'s traces; the bench
 * package's differential test (packages/bench/test/differential.test.ts) checks 10,000 runs of
 * every built-in scenario against the same runs with xstate stepping every machine
 * (`machines: 'xstate'`) and against the hand-written reference, and a sample against `simulate`.
 */
export interface BatchRunner {
  /** The runs' horizon in days. */
  readonly horizon: number;
  /**
   * Runs run `run` of the batch seeded with `seed` and returns its record, equal to
   * `toRunRecord(simulate(pack, scenario, { seed, run }), pack)`. A `hasher` is fed the run's
   * trajectory as `traceDigest` feeds it from the trace.
   */
  run(seed: number, run: number, hasher?: TraceHasher): RunRecord;
}

export interface BatchRunnerOptions {
  /** Stop after this many days instead of the scenario's horizon. */
  horizon?: number;
  /**
   * How the posture machines decide: `compiled` (the default, the fast path) applies their
   * compiled tables in place; `xstate` and `actors` step them with xstate itself (see
   * `StepperKind`), each event a fresh object and each snapshot kept — slow, for differential
   * tests that check the compiled tables against xstate on the runner's own days.
   */
  machines?: StepperKind;
}

const MILITARY = rungIndex(FIRST_MILITARY_RUNG);
const ENGAGED = rungIndex('indirect');
const R = RUNGS.length;
const NEVER = -1_000_000_000;

interface InjectStep {
  type: 'attack' | 'support' | 'restrain' | 'ceasefire' | 'statement';
  from: number;
  to: number;
  means: number;
  target: number;
  severity: number;
  rung: number;
  channel: number;
  parties: number[];
  days: number;
  stance: string;
}

/**
 * A runner of (pack, scenario) for batches; throws a `ValidationError` if the scenario does not
 * fit the pack.
 *
 * @example
 * const runner = createBatchRunner(axisPack, getScenario('baseline'));
 * const record = runner.run(42, 7); // run 7 of the batch seeded with 42
 */
export function createBatchRunner(
  pack: Pack,
  scenario: Scenario,
  options: BatchRunnerOptions = {},
): BatchRunner {
  const world = compileWorld(pack, scenario);
  const horizon = Math.min(options.horizon ?? scenario.horizon, scenario.horizon);
  const actors = world.actors;
  const n = actors.length;
  const ids = actors.map((actor) => actor.id);
  const idx = (id: string) => world.byId.get(id)!;

  const keep = Float64Array.from(actors, (actor) => 1 - actor.decay);
  const power = Float64Array.from(actors, (actor) => actor.power);
  const targetWeight = Float64Array.from(TARGET_CLASSES, (c) => world.targetWeights[c]);
  const channelWeight = Float64Array.from(CHANNELS, (c) => world.channelWeights[c]);
  const strength = Float64Array.from(actors, (actor) => actor.restraint?.strength ?? 0);
  const severityRange = world.severity;
  const memory = world.memory;
  const noiseWidth = world.noise;

  const redLines = actors.map((actor) =>
    actor.redLines.map(({ redLine, by, rungActors }) => {
      const when = redLine.when;
      const attack = 'attack' in when ? when.attack : null;
      return {
        id: redLine.id,
        lift: redLine.lift,
        days: redLine.days,
        atLeast: 'rung' in when ? rungIndex(when.rung.atLeast) : 0,
        rungActors,
        by: by ? Uint8Array.from(ids, (_, i) => (by.has(i) ? 1 : 0)) : null,
        targets: attack
          ? Uint8Array.from(TARGET_CLASSES, (c) => (attack.targets.includes(c) ? 1 : 0))
          : null,
        minSeverity: attack?.minSeverity ?? 0,
      };
    }),
  );
  const supports = actors.map((actor) =>
    actor.supports.map((support) => {
      const channelAt = (restrained: boolean) =>
        Int8Array.from(RUNGS, (_, rung) => {
          const channel = bestChannel(support.channels, rung, restrained);
          return channel === null ? -1 : CHANNELS.indexOf(channel);
        });
      return { to: support.to, free: channelAt(false), restrained: channelAt(true) };
    }),
  );
  const targets = actors.map((actor) =>
    actor.targets.map((target) => ({
      adversary: target.adversary,
      // activity × weight, the first product of act's p, by rung.
      p: Float64Array.from(RUNGS, (_, rung) => actor.activity[rung]! * target.weight),
      means: target.means.map((m) => MEANS.indexOf(m)),
      classes: target.classes.map((c) => TARGET_CLASSES.indexOf(c)),
      upTo: target.upTo ?? -1,
      retaliateOnly: target.retaliateOnly,
    })),
  );

  // The scripted injects of each day, and the truces in force: truce[(day·n + a)·n + b].
  const injects: InjectStep[][] = Array.from({ length: horizon }, () => []);
  const scripted: (Int8Array | null)[] = Array.from({ length: horizon }, () => null);
  const truce = new Uint8Array(horizon * n * n);
  let maxInjectedAttacks = 0;
  for (let day = 0; day < horizon; day++) {
    const list = world.injectsByDay.get(day) ?? [];
    for (const { inject } of list) {
      const step: InjectStep = {
        type: inject.type,
        from: 'from' in inject ? idx(inject.from) : -1,
        to: 'to' in inject ? idx(inject.to) : -1,
        means: inject.type === 'attack' ? MEANS.indexOf(inject.means) : -1,
        target: inject.type === 'attack' ? TARGET_CLASSES.indexOf(inject.target) : -1,
        severity: inject.type === 'attack' ? inject.severity : 0,
        rung: inject.type === 'attack' ? rungIndex(inject.rung) : -1,
        channel: inject.type === 'support' ? CHANNELS.indexOf(inject.channel) : -1,
        parties: inject.type === 'ceasefire' ? inject.parties.map(idx) : [],
        days: inject.type === 'ceasefire' ? inject.days : 0,
        stance: inject.type === 'statement' ? inject.stance : '',
      };
      injects[day]!.push(step);
      if (step.type === 'attack') {
        const row = scripted[day] ?? new Int8Array(n).fill(-1);
        scripted[day] = row;
        row[step.from] = Math.max(row[step.from]!, step.rung);
      } else if (step.type === 'ceasefire') {
        for (let d = day; d < Math.min(day + step.days, horizon); d++)
          for (const a of step.parties)
            for (const b of step.parties) truce[(d * n + a) * n + b] = 1;
      }
    }
    maxInjectedAttacks = Math.max(
      maxInjectedAttacks,
      list.filter(({ inject }) => inject.type === 'attack').length,
    );
  }

  const steppers = actors.map((actor) => actor.steppers.compiled as CompiledMachineStepper);
  const initial = steppers.map((stepper) => stepper.initial());
  const kind = options.machines ?? 'compiled';
  const inPlace = kind === 'compiled';
  const xstateSteppers = actors.map((actor) => actor.steppers[kind]);
  // Takes one event in actor i's machine: in place on the fast path, through xstate otherwise.
  const take = (i: number, event: PostureEvent) => {
    if (inPlace) steppers[i]!.advance(states[i]!, event);
    else states[i] = xstateSteppers[i]!.step(states[i]!, { ...event });
  };
  const tracker = createOutcomeTracker(pack.outcomes, ids);

  // Run state, allocated once.
  const rungs = new Int32Array(n);
  const today = new Int32Array(n);
  const changed = new Uint8Array(n);
  const memThreat = new Float64Array(n);
  const memSolidarity = new Float64Array(n);
  const memSupport = new Float64Array(n);
  const memRestraint = new Float64Array(n);
  // Pressure received from yesterday's events (read today) and from today's (read tomorrow).
  let inThreat = new Float64Array(n);
  let inSolidarity = new Float64Array(n);
  let inSupport = new Float64Array(n);
  let inRestraint = new Float64Array(n);
  let nextThreat = new Float64Array(n);
  let nextSolidarity = new Float64Array(n);
  let nextSupport = new Float64Array(n);
  let nextRestraint = new Float64Array(n);
  // Yesterday's and today's attacks, for red lines: attacker, target, target class, severity.
  const capacity = maxInjectedAttacks + targets.reduce((sum, list) => sum + list.length, 0);
  let seenTo = new Int32Array(capacity);
  let seenFrom = new Int32Array(capacity);
  let seenClass = new Int32Array(capacity);
  let seenSeverity = new Float64Array(capacity);
  let seen = 0;
  let dayTo = new Int32Array(capacity);
  let dayFrom = new Int32Array(capacity);
  let dayClass = new Int32Array(capacity);
  let daySeverity = new Float64Array(capacity);
  const dayRung = new Int32Array(capacity);
  let count = 0;
  // lastAttack[(from·n + to)·R + rung]: the last day `from` attacked `to` at that rung.
  const lastAttack = new Int32Array(n * n * R);
  const highest = new Int32Array(n);
  const firstDay = new Int32Array(n * R);
  const restrained = new Uint8Array(n);
  const states: PostureState[] = initial.map((state) => ({
    value: state.value,
    context: { ...state.context },
  }));
  const dayEvent = { type: 'DAY', day: 0, drive: 0, scripted: undefined as Rung | undefined };
  const redLineEvent = { type: 'RED_LINE', day: 0, redLine: '', lift: 'dormant' as Rung, until: 0 };

  const received = (to: number, kind: number, severity: number) => {
    const weight = severity * targetWeight[kind]!;
    nextThreat[to]! += weight;
    for (const friend of world.solidarityWith[to]!) nextSolidarity[friend]! += weight;
  };
  const logAttack = (from: number, to: number, kind: number, severity: number, rung: number) => {
    dayFrom[count] = from;
    dayTo[count] = to;
    dayClass[count] = kind;
    daySeverity[count] = severity;
    dayRung[count] = rung;
    count++;
  };

  const run = (seed: number, runIndex: number, hasher?: TraceHasher): RunRecord => {
    const rng = createRng(seed, runIndex);
    for (let i = 0; i < n; i++) {
      states[i] = inPlace
        ? { value: initial[i]!.value, context: { ...initial[i]!.context } }
        : xstateSteppers[i]!.initial();
      rungs[i] = rungIndex(states[i]!.value as Rung);
    }
    memThreat.fill(0);
    memSolidarity.fill(0);
    memSupport.fill(0);
    memRestraint.fill(0);
    inThreat.fill(0);
    inSolidarity.fill(0);
    inSupport.fill(0);
    inRestraint.fill(0);
    nextThreat.fill(0);
    nextSolidarity.fill(0);
    nextSupport.fill(0);
    nextRestraint.fill(0);
    lastAttack.fill(NEVER);
    highest.fill(0);
    firstDay.fill(-1);
    seen = 0;
    count = 0;
    tracker.reset();
    hasher?.reset();
    let attacks = 0;

    for (let day = 0; day < horizon; day++) {
      const scriptedToday = scripted[day];

      // Perceive (perceive.ts), cross red lines, and let each machine take its DAY event.
      for (let i = 0; i < n; i++) {
        const noise = noiseWidth === 0 ? 0 : rng.between(-noiseWidth, noiseWidth);
        for (const line of redLines[i]!) {
          let crossed = false;
          if (line.targets === null) {
            for (const actor of line.rungActors) if (rungs[actor]! >= line.atLeast) crossed = true;
          } else {
            for (let k = 0; k < seen && !crossed; k++) {
              crossed =
                seenTo[k] === i &&
                (line.by === null || line.by[seenFrom[k]!] === 1) &&
                line.targets[seenClass[k]!] === 1 &&
                seenSeverity[k]! >= line.minSeverity;
            }
          }
          if (!crossed) continue;
          redLineEvent.day = day;
          redLineEvent.redLine = line.id;
          redLineEvent.lift = line.lift;
          redLineEvent.until = day + line.days;
          take(i, redLineEvent as PostureEvent);
        }

        const actor = actors[i]!;
        memThreat[i] = memThreat[i]! * keep[i]! + inThreat[i]!;
        memSolidarity[i] = memSolidarity[i]! * keep[i]! + inSolidarity[i]!;
        memSupport[i] = memSupport[i]! * keep[i]! + inSupport[i]!;
        memRestraint[i] = memRestraint[i]! * keep[i]! + inRestraint[i]!;
        let gap = 0;
        for (const adversary of actor.adversaries) {
          if (rungs[adversary]! < ENGAGED) continue;
          gap = Math.max(gap, power[adversary]! - power[i]!);
        }
        const risk = riskOfWiderWar(world, rungs, i);
        const drive =
          actor.reactivity * saturate(memThreat[i]!) +
          actor.solidarity * saturate(memSolidarity[i]!) +
          saturate(memSupport[i]!) +
          -actor.deterrence * gap +
          -actor.riskAversion * risk +
          -actor.obedience * saturate(memRestraint[i]!) +
          noise;

        dayEvent.day = day;
        dayEvent.drive = drive;
        dayEvent.scripted =
          scriptedToday && scriptedToday[i]! >= 0 ? RUNGS[scriptedToday[i]!] : undefined;
        take(i, dayEvent as PostureEvent);
        const to = rungIndex(states[i]!.value as Rung);
        today[i] = to;
        changed[i] = to !== rungs[i] ? 1 : 0;
        if (to > highest[i]!) highest[i] = to;
        for (let r = 0; r <= to; r++) if (firstDay[i * R + r]! < 0) firstDay[i * R + r] = day;
      }
      hasher?.day(day, today);

      // Today's injects enter the events (stepDay: injected before acts).
      for (const step of injects[day]!) {
        switch (step.type) {
          case 'attack':
            received(step.to, step.target, step.severity);
            logAttack(step.from, step.to, step.target, step.severity, step.rung);
            lastAttack[(step.from * n + step.to) * R + step.rung] = day;
            tracker.attack(step.from, step.to, step.rung, step.severity);
            attacks++;
            hasher?.attack(step.from, step.to, step.means, step.target, step.severity, step.rung);
            break;
          case 'support':
            nextSupport[step.to]! += channelWeight[step.channel]!;
            hasher?.support(step.from, step.to, step.channel);
            break;
          case 'restrain':
            nextRestraint[step.to]! += strength[step.from]!;
            hasher?.restrain(step.from, step.to);
            break;
          case 'ceasefire':
            hasher?.ceasefire(step.parties, step.days);
            break;
          case 'statement':
            hasher?.statement(step.from, step.stance);
            break;
        }
      }
      const injected = count;

      // Act (act.ts), in pack order, on today's rungs.
      for (let i = 0; i < n; i++) {
        const actor = actors[i]!;
        const rung = today[i]!;
        if (changed[i] === 1) hasher?.statement(i, RUNGS[rung]!);

        restrained.fill(0);
        const restraint = actor.restraint;
        const reining = restraint !== null && riskOfWiderWar(world, today, i) >= restraint.above;
        if (reining)
          for (const ally of restraint.of) if (today[ally]! >= MILITARY) restrained[ally] = 1;
        for (const support of supports[i]!) {
          const channel = (restrained[support.to] === 1 ? support.restrained : support.free)[rung]!;
          if (channel < 0) continue;
          nextSupport[support.to]! += channelWeight[channel]!;
          hasher?.support(i, support.to, channel);
        }
        if (reining) {
          for (const ally of restraint.of) {
            if (today[ally]! < MILITARY) continue;
            nextRestraint[ally]! += strength[i]!;
            hasher?.restrain(i, ally);
          }
        }

        if (rung < MILITARY) continue;
        const damping = inRestraint[i]! > 0 ? 1 - actor.obedience : 1;
        for (const target of targets[i]!) {
          const adversary = target.adversary;
          const p = target.p[rung]! * damping;
          const roll = rng.next();
          if (roll >= p) continue;
          if (truce[(day * n + i) * n + adversary] === 1) continue;
          let matched = -1;
          const base = (adversary * n + i) * R;
          for (let r = R - 1; r >= 0; r--) {
            if (day - lastAttack[base + r]! <= memory) {
              matched = r;
              break;
            }
          }
          if (target.retaliateOnly && matched < 0) continue;
          const attackRung = Math.min(
            rung,
            Math.max(target.upTo < 0 ? rung : target.upTo, matched),
          );
          if (attackRung < MILITARY) continue;
          const [min, max] = severityRange[attackRung]!;
          const means = target.means[Math.floor(rng.next() * target.means.length)]!;
          const kind = target.classes[Math.floor(rng.next() * target.classes.length)]!;
          const severity = round(rng.between(min, max));
          received(adversary, kind, severity);
          logAttack(i, adversary, kind, severity, attackRung);
          tracker.attack(i, adversary, attackRung, severity);
          attacks++;
          hasher?.attack(i, adversary, means, kind, severity, attackRung);
        }
      }

      // Today's own attacks are remembered from tomorrow on (stepDay's `remembered`).
      for (let k = injected; k < count; k++)
        lastAttack[(dayFrom[k]! * n + dayTo[k]!) * R + dayRung[k]!] = day;
      tracker.endDay();
      rungs.set(today);
      [inThreat, nextThreat] = [nextThreat, inThreat];
      [inSolidarity, nextSolidarity] = [nextSolidarity, inSolidarity];
      [inSupport, nextSupport] = [nextSupport, inSupport];
      [inRestraint, nextRestraint] = [nextRestraint, inRestraint];
      nextThreat.fill(0);
      nextSolidarity.fill(0);
      nextSupport.fill(0);
      nextRestraint.fill(0);
      [seenTo, dayTo] = [dayTo, seenTo];
      [seenFrom, dayFrom] = [dayFrom, seenFrom];
      [seenClass, dayClass] = [dayClass, seenClass];
      [seenSeverity, daySeverity] = [daySeverity, seenSeverity];
      seen = count;
      count = 0;
    }

    // The record, keys in the order toRunRecord gives them (batch files are compared as bytes).
    const highestById: Record<string, Rung> = {};
    const firstById: Record<string, Partial<Record<Rung, number>>> = {};
    for (let i = 0; i < n; i++) {
      highestById[ids[i]!] = RUNGS[highest[i]!]!;
      const first: Partial<Record<Rung, number>> = {};
      for (let r = 0; r < R; r++)
        if (firstDay[i * R + r]! >= 0) first[RUNGS[r]!] = firstDay[i * R + r]!;
      firstById[ids[i]!] = first;
    }
    return {
      run: runIndex,
      highest: highestById,
      firstDay: firstById,
      outcomes: tracker.results(highest),
      attacks,
    };
  };

  return { horizon, run };
}
