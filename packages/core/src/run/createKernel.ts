import type {
  MachineStepper,
  PostureSnapshot,
  PostureState,
} from '../machine/createMachineStepper.js';
import type { PostureMachine } from '../machine/createPostureMachine.js';
import type { PostureEvent } from '../machine/postureEvents.js';
import { preparingAnswer } from '../machine/preparingAnswer.js';
import { FIRST_MILITARY_RUNG, RUNGS, type Rung, rungIndex } from '../schema/rungs.js';
import type { Pack, Scenario } from '../schema/types.js';
import { CHANNELS, type Channel, MEANS, TARGET_CLASSES } from '../schema/vocabulary.js';
import { type CompiledActor, type CompiledModel, compileModel } from './compileModel.js';
import { createRng, type Rng } from './createRng.js';
import { crossingChance } from './crossingChance.js';
import type { DecisionRule } from './explainDecision.js';
import { initiativeHolds } from './initiativeHolds.js';
import { interceptionTable } from './interceptionTable.js';
import { ordersStandDown } from './ordersStandDown.js';
import type { DriveTerms, RunObserver } from './RunObserver.js';
import { yieldChance } from './yieldChance.js';

/**
 * The simulation kernel: runs of one (pack, scenario), each told to an optional `RunObserver`.
 * Everything that depends only on (pack, scenario) is prepared once per kernel, and the run
 * state is allocated once and reset per run, so a shard of any size costs one kernel.
 */
export interface Kernel {
  /** The compiled model the runs step. */
  readonly model: CompiledModel;
  /** The runs' horizon in days. */
  readonly horizon: number;
  /**
   * Runs run `run` of the batch seeded with `seed` (its random stream is derived from
   * (seed, run)) and tells `observer` what happens. Returns nothing: what a caller keeps of a
   * run is what its observers record.
   */
  run(seed: number, run: number, observer?: RunObserver): void;
  /**
   * Runs the next runs on `model`, a `withValues` of this kernel's model (the same pack and
   * scenario with drawn numbers): the numbers a parameter vector sets (power, behavioural
   * weights, noise, memory, machines) are loaded into the run state in place, so a sampled
   * batch does not make a kernel per run. `kernel.model` stays the model the kernel was made
   * with.
   */
  use(model: CompiledModel): void;
}

export interface KernelOptions {
  /** Stop after this many days instead of the scenario's horizon. */
  horizon?: number | undefined;
  /**
   * How the posture machines are stepped. By default the transition table read off each xstate
   * machine (`compileMachineStepper`) is applied in place. Given a stepper factory (for example
   * `createMachineStepper`, which steps xstate itself), each event goes through a stepper of
   * each actor's machine instead, as a fresh object: slow, for differential tests.
   */
  stepper?: ((machine: PostureMachine) => MachineStepper<PostureSnapshot>) | undefined;
  /**
   * The compiled model to run, instead of compiling (pack, scenario): one `withValues` made from
   * the model of the same pack and scenario, for a run with drawn parameter values.
   */
  model?: CompiledModel | undefined;
  /**
   * The random stream of run `run` of the batch seeded with `seed`; `createRng` by default. A
   * stand-in must give the same numbers for the same runs (the bench wraps `createRng` to count
   * the draws a run makes, for the RNG floor).
   */
  rng?: ((seed: number, run: number) => Rng) | undefined;
}

const MILITARY = rungIndex(FIRST_MILITARY_RUNG);
const TOP = RUNGS.length - 1;
const R = RUNGS.length;
const M = MEANS.length;
const NEVER = -1_000_000_000;
const LEADERSHIP = TARGET_CLASSES.indexOf('leadership');

interface InjectStep {
  index: number;
  type: 'attack' | 'support' | 'restrain' | 'ceasefire' | 'statement';
  from: number;
  to: number;
  means: number;
  target: number;
  severity: number;
  /** A scripted attack's harm as it landed, or -1: the victim's defences decide. */
  harm: number;
  rung: number;
  channel: number;
  parties: number[];
  days: number;
  stance: string;
}

/**
 * A kernel of (pack, scenario); throws a `ValidationError` if the scenario does not fit the pack.
 * One day, as MODEL.md describes it: each actor in pack order draws its noise, sees the red lines
 * crossed by yesterday's rungs and attacks, perceives yesterday's events and takes one `DAY`
 * event in its posture machine; the day's scripted injects enter; then each actor acts on its
 * new rung. Pressure an event puts on an actor is summed as the event happens into what the
 * next day perceives.
 *
 * @example
 * const kernel = createKernel(pack, scenario);
 * const trace = createTraceRecorder(kernel);
 * kernel.run(42, 7, trace); // run 7 of the batch seeded with 42
 * trace.trace();
 */
export function createKernel(pack: Pack, scenario: Scenario, options: KernelOptions = {}): Kernel {
  const model = options.model ?? compileModel(pack, scenario);
  const horizon = Math.min(options.horizon ?? scenario.horizon, scenario.horizon);
  const actors = model.actors;
  const n = actors.length;
  const idx = (id: string) => model.byId.get(id)!;

  // The numbers a drawn parameter vector may set (`withValues`), loaded by `use`.
  const keep = new Float64Array(n);
  const power = new Float64Array(n);
  const reactivity = new Float64Array(n);
  const solidarity = new Float64Array(n);
  const deterrence = new Float64Array(n);
  const riskAversion = new Float64Array(n);
  const obedience = new Float64Array(n);
  const ceiling = new Int32Array(n);
  const resolve = new Float64Array(n);
  // The firepower gap to each actor's strongest adversary (0 if none is stronger).
  const gapOf = new Float64Array(n);
  const floor = new Int32Array(n);
  // A yielding actor holds the rung it yielded to for the dwell (at least a day).
  const yieldDays = new Int32Array(n);
  const targetWeight = Float64Array.from(TARGET_CLASSES, (c) => model.targetWeights[c]);
  const heaviest = Math.max(...targetWeight);
  const channelWeight = Float64Array.from(CHANNELS, (c) => model.channelWeights[c]);
  const strength = Float64Array.from(actors, (actor) => actor.restraint?.strength ?? 0);
  const severityRange = model.severity;
  let memory = 0; // loaded by `use`
  let noiseWidth = 0; // loaded by `use`
  const riskActors = Int32Array.from(model.riskActors);
  const isRiskActor = Uint8Array.from(actors, (_, i) => (model.riskActors.includes(i) ? 1 : 0));
  const solidarityWith = model.solidarityWith.map((list) => Int32Array.from(list));
  const adversaries = actors.map((actor) => Int32Array.from(actor.adversaries));

  const redLines = actors.map((actor) =>
    actor.redLines.map(({ redLine, by, on, rungActors, index }) => {
      const when = redLine.when;
      const attack = 'attack' in when ? when.attack : null;
      return {
        index,
        id: redLine.id,
        lift: redLine.lift,
        days: redLine.days,
        atLeast: 'rung' in when ? rungIndex(when.rung.atLeast) : 0,
        rungActors: Int32Array.from(rungActors),
        by: by ? Uint8Array.from(actors, (_, i) => (by.has(i) ? 1 : 0)) : null,
        on: on ? Uint8Array.from(actors, (_, i) => (on.has(i) ? 1 : 0)) : null,
        spread: attack?.spread ?? 0,
        answer: redLine.answer ?? 0,
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
        Int8Array.from(RUNGS, (_, rung) => bestChannel(support.channels, rung, restrained));
      return { to: support.to, free: channelAt(false), restrained: channelAt(true) };
    }),
  );
  const targets = actors.map((actor) =>
    actor.targets.map((target) => ({
      adversary: target.adversary,
      // activity × weight: the attack probability by rung, before damping.
      p: Float64Array.from(RUNGS, (_, rung) => actor.activity[rung]! * target.weight),
      means: Int32Array.from(target.means, (m) => MEANS.indexOf(m)),
      classes: Int32Array.from(target.classes, (c) => TARGET_CLASSES.indexOf(c)),
      upTo: target.upTo ?? -1,
      retaliateOnly: target.retaliateOnly,
      linkedTo: target.linkedTo,
      leadership: target.leadership,
      preempt: target.preempt,
    })),
  );
  // Defences (share of an attack's severity that gets through, by victim and means, loaded by
  // \`use\`) and the sponsors' holds on their clients' initiative.
  const through = new Float64Array(n * M);
  const { holdAt, holder } = initiativeHolds(actors);
  const [leadershipMin, leadershipMax] = severityRange[TOP]!;
  const restraints = actors.map((actor) => {
    const restraint = actor.restraint;
    if (!restraint) return null;
    const pause = restraint.pause;
    return {
      of: Int32Array.from(restraint.of),
      above: restraint.above,
      pause: pause
        ? {
            of: Uint8Array.from(actors, (_, i) => (restraint.of.includes(i) ? 1 : 0)),
            classes: Uint8Array.from(TARGET_CLASSES, (c) => (pause.targets.includes(c) ? 1 : 0)),
            minSeverity: pause.minSeverity,
            days: pause.days,
            retaliation: pause.retaliation,
          }
        : null,
    };
  });

  // Each day's scripted injects; the rung each actor is scripted at (-1: none) and the injects
  // that script it; the truces in force: truce[(day·n + a)·n + b].
  const injects: InjectStep[][] = Array.from({ length: horizon }, () => []);
  const scripted: (Int8Array | null)[] = Array.from({ length: horizon }, () => null);
  const scriptedBy: (number[][] | null)[] = Array.from({ length: horizon }, () => null);
  const truce = new Uint8Array(horizon * n * n);
  // The ceasefires taking effect each day: for each party, the other parties' ids.
  const ceasefireWith: ((string[] | null)[] | null)[] = Array.from({ length: horizon }, () => null);
  let maxInjectedAttacks = 0;
  for (let day = 0; day < horizon; day++) {
    const list = model.injectsByDay.get(day) ?? [];
    for (const { inject, index } of list) {
      const step: InjectStep = {
        index,
        type: inject.type,
        from: 'from' in inject ? idx(inject.from) : -1,
        to: 'to' in inject ? idx(inject.to) : -1,
        means: inject.type === 'attack' ? MEANS.indexOf(inject.means) : -1,
        target: inject.type === 'attack' ? TARGET_CLASSES.indexOf(inject.target) : -1,
        severity: inject.type === 'attack' ? inject.severity : 0,
        harm: inject.type === 'attack' ? (inject.harm ?? -1) : -1,
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
        const by = scriptedBy[day] ?? actors.map((): number[] => []);
        scriptedBy[day] = by;
        by[step.from]!.push(index);
      } else if (step.type === 'ceasefire') {
        const row = ceasefireWith[day] ?? actors.map((): string[] | null => null);
        ceasefireWith[day] = row;
        for (const a of step.parties) {
          const others = row[a] ?? [];
          row[a] = others;
          for (const b of step.parties) if (a !== b) others.push(actors[b]!.id);
        }
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
  const noInjects: readonly number[] = [];

  // The machines: compiled tables applied in place, or a stepper per machine.
  const compiled = actors.map((actor) => actor.stepper);
  const initial = compiled.map((stepper) => stepper.initial());
  const makeStepper = options.stepper;
  const streamOf = options.rng ?? createRng;
  // Snapshots only ever go back to the stepper that made them, so a stepper can be typed by the
  // part of its snapshots the kernel reads.
  const stepperOf = (actor: CompiledActor) =>
    makeStepper!(actor.machine) as unknown as MachineStepper<PostureState>;
  const steppers = makeStepper ? actors.map(stepperOf) : null;

  const use = (next: CompiledModel) => {
    for (let i = 0; i < n; i++) {
      const actor = next.actors[i]!;
      keep[i] = 1 - actor.decay;
      power[i] = actor.power;
      reactivity[i] = actor.reactivity;
      solidarity[i] = actor.solidarity;
      deterrence[i] = actor.deterrence;
      riskAversion[i] = actor.riskAversion;
      obedience[i] = actor.obedience;
      ceiling[i] = actor.rules.ceiling;
      resolve[i] = actor.resolve;
      const chances = targets[i]!;
      for (let t = 0; t < chances.length; t++) {
        chances[t]!.leadership = actor.targets[t]!.leadership;
        chances[t]!.preempt = actor.targets[t]!.preempt;
      }
      floor[i] = actor.rules.floor;
      yieldDays[i] = Math.max(1, actor.rules.dwell);
      if (compiled[i] !== actor.stepper) {
        compiled[i] = actor.stepper;
        initial[i] = actor.stepper.initial();
        if (steppers !== null) steppers[i] = stepperOf(actor);
      }
    }
    for (let i = 0; i < n; i++) {
      let gap = 0;
      const against = adversaries[i]!;
      for (let a = 0; a < against.length; a++) gap = Math.max(gap, power[against[a]!]! - power[i]!);
      gapOf[i] = gap;
    }
    through.set(interceptionTable(next.actors));
    memory = next.memory;
    noiseWidth = next.noise;
  };
  use(model);

  // The run state, allocated once and reset per run.
  const states: PostureState[] = initial.map((state) => ({
    value: state.value,
    context: { ...state.context },
  }));
  const rungs = new Int32Array(n);
  const today = new Int32Array(n);
  const memThreat = new Float64Array(n);
  const memSolidarity = new Float64Array(n);
  const memSupport = new Float64Array(n);
  const memRestraint = new Float64Array(n);
  // Coercion: remembered damage from stronger attackers, times their firepower gap.
  const memPunishment = new Float64Array(n);
  let inPunishment = new Float64Array(n);
  let nextPunishment = new Float64Array(n);
  // The day until which (exclusive) an ally that heeded an order holds its fire at risk actors.
  const pausedUntil = new Int32Array(n);
  // 1 for an ally that heeded an order whose fire at risk actors then resumes only in retaliation.
  const retaliatesOnly = new Uint8Array(n);
  // For explanations only (kept while an observer takes decisions): each actor's drive terms on
  // the day it took its rung.
  let explain = false;
  const termsAt = new Float64Array(n * 7);
  const sinceDay = new Int32Array(n);
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
  const restrained = new Uint8Array(n);
  // One event object of each type, refilled per step (compiled tables keep nothing of them).
  const dayEvent = { type: 'DAY', day: 0, drive: 0, scripted: undefined as Rung | undefined };
  const redLineEvent = {
    type: 'RED_LINE',
    day: 0,
    redLine: '',
    lift: 'dormant' as Rung,
    until: 0,
    strikes: null as number | null,
    by: null as string | null,
  };
  const answerEvent = { type: 'ANSWER', day: 0, count: 0 };
  const yieldEvent = { type: 'YIELD', day: 0, cap: 'dormant' as Rung, until: 0 };
  const ceasefireEvent = { type: 'CEASEFIRE', day: 0, with: [] as readonly string[] };

  const take = (i: number, event: PostureEvent) => {
    if (steppers === null) compiled[i]!.advance(states[i]!, event);
    else states[i] = steppers[i]!.step(states[i]!, { ...event });
  };
  const riskOfWiderWar = (of: Int32Array, self: number) => {
    let risk = 0;
    for (let k = 0; k < riskActors.length; k++) {
      const actor = riskActors[k]!;
      if (actor !== self) risk = Math.max(risk, of[actor]! / TOP);
    }
    return risk;
  };
  const received = (from: number, to: number, kind: number, severity: number) => {
    const weight = severity * targetWeight[kind]!;
    nextThreat[to]! += weight;
    const gap = power[from]! - power[to]!;
    if (gap > 0) nextPunishment[to]! += weight * gap;
    const friends = solidarityWith[to]!;
    for (let k = 0; k < friends.length; k++) nextSolidarity[friends[k]!]! += weight;
  };
  const logAttack = (from: number, to: number, kind: number, severity: number, rung: number) => {
    dayFrom[count] = from;
    dayTo[count] = to;
    dayClass[count] = kind;
    daySeverity[count] = severity;
    dayRung[count] = rung;
    count++;
  };

  const run = (seed: number, runIndex: number, observer?: RunObserver): void => {
    const o = observer ?? null;
    explain = o?.decision !== undefined;
    const rng = streamOf(seed, runIndex);
    for (let i = 0; i < n; i++) {
      if (steppers === null) {
        const state = states[i]!;
        state.value = initial[i]!.value;
        state.context = { ...initial[i]!.context };
      } else {
        states[i] = steppers[i]!.initial();
      }
      rungs[i] = rungIndex(states[i]!.value as Rung);
    }
    memThreat.fill(0);
    memSolidarity.fill(0);
    memSupport.fill(0);
    memRestraint.fill(0);
    memPunishment.fill(0);
    inPunishment.fill(0);
    nextPunishment.fill(0);
    pausedUntil.fill(0);
    retaliatesOnly.fill(0);
    inThreat.fill(0);
    inSolidarity.fill(0);
    inSupport.fill(0);
    inRestraint.fill(0);
    nextThreat.fill(0);
    nextSolidarity.fill(0);
    nextSupport.fill(0);
    nextRestraint.fill(0);
    lastAttack.fill(NEVER);
    if (explain) {
      termsAt.fill(0);
      sinceDay.fill(0);
    }
    seen = 0;
    count = 0;
    o?.startRun?.(seed, runIndex);

    for (let day = 0; day < horizon; day++) {
      const scriptedToday = scripted[day];

      // Perceive, cross red lines, and let each machine take its DAY event.
      for (let i = 0; i < n; i++) {
        const noise = noiseWidth === 0 ? 0 : rng.between(-noiseWidth, noiseWidth);
        for (const line of redLines[i]!) {
          let crossed = false;
          let strikes: number | null = null;
          let by: string | null = null;
          if (line.targets === null) {
            const of = line.rungActors;
            for (let k = 0; k < of.length; k++) if (rungs[of[k]!]! >= line.atLeast) crossed = true;
          } else {
            for (let k = 0; k < seen && !crossed; k++) {
              const victim = seenTo[k]!;
              if (line.on === null ? victim !== i : line.on[victim] !== 1) continue;
              if (line.by !== null && line.by[seenFrom[k]!] !== 1) continue;
              if (line.targets[seenClass[k]!] !== 1) continue;
              const severity = seenSeverity[k]!;
              const chance = crossingChance(severity, line.minSeverity, line.spread);
              // A draw only for a chance strictly between 0 and 1 (a graded line's ramp).
              crossed = chance >= 1 || (chance > 0 && rng.next() < chance);
              if (crossed) by = actors[seenFrom[k]!]!.id;
              if (crossed && line.answer > 0) {
                const impact = (severity * targetWeight[seenClass[k]!]!) / heaviest;
                strikes = Math.max(1, Math.round(line.answer * impact));
              }
            }
          }
          if (!crossed) continue;
          const until = day + line.days;
          if (o?.redLine) {
            // A crossing is news when it sets a lift: none in force, or another line's.
            const lift = states[i]!.context.lift;
            if (!lift || lift.until <= day || lift.redLine !== line.id)
              o.redLine(i, line.index, day, until);
          }
          redLineEvent.day = day;
          redLineEvent.redLine = line.id;
          redLineEvent.lift = line.lift;
          redLineEvent.until = until;
          redLineEvent.strikes = strikes;
          redLineEvent.by = by;
          take(i, redLineEvent as PostureEvent);
        }
        // A ceasefire taking effect today: the answers it ends, and no dwell on its rung.
        const truceWith = ceasefireWith[day]?.[i];
        if (truceWith) {
          ceasefireEvent.day = day;
          ceasefireEvent.with = truceWith;
          take(i, ceasefireEvent as PostureEvent);
        }

        const k = keep[i]!;
        memThreat[i] = memThreat[i]! * k + inThreat[i]!;
        memSolidarity[i] = memSolidarity[i]! * k + inSolidarity[i]!;
        memSupport[i] = memSupport[i]! * k + inSupport[i]!;
        memRestraint[i] = memRestraint[i]! * k + inRestraint[i]!;
        memPunishment[i] = memPunishment[i]! * k + inPunishment[i]!;
        // Coercion: struck yesterday by a stronger adversary, the actor may yield a rung.
        if (inPunishment[i]! > 0 && rungs[i]! > floor[i]!) {
          const chance = yieldChance(resolve[i]!, memPunishment[i]!);
          if (chance > 0 && rng.next() < chance) {
            yieldEvent.day = day;
            yieldEvent.cap = RUNGS[rungs[i]! - 1]!;
            yieldEvent.until = day + yieldDays[i]!;
            take(i, yieldEvent as PostureEvent);
          }
        }
        const gap = gapOf[i]!;
        const risk = riskOfWiderWar(rungs, i);
        const threatTerm = reactivity[i]! * saturate(memThreat[i]!);
        const solidarityTerm = solidarity[i]! * saturate(memSolidarity[i]!);
        const supportTerm = saturate(memSupport[i]!);
        const deterrenceTerm = -deterrence[i]! * gap;
        const riskTerm = -riskAversion[i]! * risk;
        const restraintTerm = -obedience[i]! * saturate(memRestraint[i]!);
        const drive =
          threatTerm +
          solidarityTerm +
          supportTerm +
          deterrenceTerm +
          riskTerm +
          restraintTerm +
          noise;

        const scriptedRung = scriptedToday ? scriptedToday[i]! : -1;
        const liftBefore = states[i]!.context.lift;
        const capBefore = states[i]!.context.cap;
        dayEvent.day = day;
        dayEvent.drive = drive;
        dayEvent.scripted = scriptedRung >= 0 ? RUNGS[scriptedRung] : undefined;
        take(i, dayEvent as PostureEvent);
        const from = rungs[i]!;
        const to = rungIndex(states[i]!.value as Rung);
        today[i] = to;
        if (to !== from && o?.decision) {
          const terms: DriveTerms = {
            threat: threatTerm,
            solidarity: solidarityTerm,
            support: supportTerm,
            deterrence: deterrenceTerm,
            risk: riskTerm,
            restraint: restraintTerm,
            noise,
          };
          const t = i * 7;
          const before: DriveTerms = {
            threat: termsAt[t]!,
            solidarity: termsAt[t + 1]!,
            support: termsAt[t + 2]!,
            deterrence: termsAt[t + 3]!,
            risk: termsAt[t + 4]!,
            restraint: termsAt[t + 5]!,
            noise: termsAt[t + 6]!,
          };
          termsAt.set(
            [
              threatTerm,
              solidarityTerm,
              supportTerm,
              deterrenceTerm,
              riskTerm,
              restraintTerm,
              noise,
            ],
            t,
          );
          const since = sinceDay[i]!;
          sinceDay[i] = day;
          const rule: DecisionRule =
            scriptedRung === to && to > from
              ? 'scripted'
              : to < from
                ? 'fall'
                : to > ceiling[i]!
                  ? 'riseByRedLine'
                  : 'rise';
          o.decision({
            day,
            actor: i,
            from,
            to,
            rule,
            drive,
            terms,
            lift: liftBefore,
            cap: capBefore,
            injects: scriptedBy[day]?.[i] ?? noInjects,
            before,
            since,
          });
        }
      }
      o?.rungs?.(day, today);

      // Today's scripted injects enter the events.
      for (const step of injects[day]!) {
        switch (step.type) {
          case 'attack': {
            // Defences: the attack is felt as made (a signal); its harm, what gets through, is what
            // red lines see.
            const harm =
              step.harm >= 0
                ? step.harm
                : harmOf(step.severity, through[step.to * M + step.means]!);
            received(step.from, step.to, step.target, step.severity);
            logAttack(step.from, step.to, step.target, harm, step.rung);
            lastAttack[(step.from * n + step.to) * R + step.rung] = day;
            if (harm !== step.severity)
              o?.intercept?.(step.from, step.to, step.means, step.severity, harm, step.index);
            o?.attack?.(
              step.from,
              step.to,
              step.means,
              step.target,
              step.severity,
              step.rung,
              step.index,
            );
            break;
          }
          case 'support':
            nextSupport[step.to]! += channelWeight[step.channel]!;
            o?.support?.(step.from, step.to, step.channel, step.index);
            break;
          case 'restrain':
            nextRestraint[step.to]! += strength[step.from]!;
            o?.restrain?.(step.from, step.to, step.index);
            break;
          case 'ceasefire':
            o?.ceasefire?.(step.parties, step.days, step.index);
            break;
          case 'statement':
            o?.statement?.(step.from, step.stance, step.index);
            break;
        }
      }
      const injected = count;

      // Each actor acts, in pack order, on today's rungs.
      for (let i = 0; i < n; i++) {
        const rung = today[i]!;
        if (rung !== rungs[i]) o?.statement?.(i, RUNGS[rung]!, -1);

        const restraint = restraints[i]!;
        const pause = restraint?.pause ?? null;
        // An order to stand down, after an ally's strike yesterday risked drawing a great power in.
        const ordering =
          pause !== null &&
          ordersStandDown(
            pause.of,
            isRiskActor,
            pause.classes,
            pause.minSeverity,
            seenFrom,
            seenTo,
            seenClass,
            seenSeverity,
            seen,
          );
        const reining =
          ordering || (restraint !== null && riskOfWiderWar(today, i) >= restraint.above);
        if (reining) {
          restrained.fill(0);
          for (let a = 0; a < restraint.of.length; a++) {
            const ally = restraint.of[a]!;
            if (today[ally]! >= MILITARY) restrained[ally] = 1;
          }
        }
        for (const support of supports[i]!) {
          const free = !reining || restrained[support.to] === 0;
          const channel = (free ? support.free : support.restrained)[rung]!;
          if (channel < 0) continue;
          nextSupport[support.to]! += channelWeight[channel]!;
          o?.support?.(i, support.to, channel, -1);
        }
        if (reining) {
          for (let a = 0; a < restraint.of.length; a++) {
            const ally = restraint.of[a]!;
            if (today[ally]! < MILITARY) continue;
            nextRestraint[ally]! += strength[i]!;
            o?.restrain?.(i, ally, -1);
            // An obedient ally heeds an order (chance: its obedience) and pauses its fire.
            if (!ordering || pausedUntil[ally]! > day) continue;
            const heed = obedience[ally]!;
            if (heed >= 1 || (heed > 0 && rng.next() < heed)) {
              pausedUntil[ally] = day + pause!.days;
              if (pause!.retaliation) retaliatesOnly[ally] = 1;
            }
          }
        }

        if (rung < MILITARY) continue;
        const damping = inRestraint[i]! > 0 ? 1 - obedience[i]! : 1;
        let answered = 0;
        for (const target of targets[i]!) {
          const adversary = target.adversary;
          const p = target.p[rung]! * damping;
          // Always draw, so later draws do not depend on whether this target was eligible.
          const roll = rng.next();
          // Initiative: a sponsor's hold cuts its chances while the adversary stands high.
          const held = today[adversary]! >= holdAt[i]!;
          const cut = held ? 1 - obedience[i]! : 1;
          // Pre-emption: drawn every day for a target that has it, like the attack roll.
          const preemptChance = target.preempt * cut;
          const preempting =
            target.preempt > 0 &&
            rng.next() < preemptChance &&
            preparingAnswer(states[adversary]!.context, day);
          if (roll >= p && !preempting) continue;
          if (truce[(day * n + i) * n + adversary] === 1) continue;
          // An ally that heeded its sponsor's order holds its fire at the risk actors.
          if (pausedUntil[i]! > day && isRiskActor[adversary] === 1) continue;
          // Linkage: fire tied to an ally's war pauses while that war does.
          const linked = target.linkedTo;
          if (linked >= 0 && truce[(day * n + linked) * n + adversary] === 1) {
            o?.linkage?.(i, adversary, linked);
            continue;
          }
          let matched = -1;
          const base = (adversary * n + i) * R;
          for (let r = R - 1; r >= 0; r--) {
            if (day - lastAttack[base + r]! <= memory) {
              matched = r;
              break;
            }
          }
          // After a heeded order's pause, fire at risk actors may resume only in retaliation.
          const onlyAnswers =
            target.retaliateOnly || (retaliatesOnly[i] === 1 && isRiskActor[adversary] === 1);
          if (onlyAnswers && matched < 0 && !preempting) continue;
          const attackRung = Math.min(
            rung,
            Math.max(target.upTo < 0 ? rung : target.upTo, matched),
          );
          if (attackRung < MILITARY) continue;
          // The strike happens only because the actor chose to strike first.
          if (preempting && (roll >= p || (onlyAnswers && matched < 0)))
            o?.initiative?.(i, adversary, 'preempt', preemptChance, held ? holder[i]! : -1);
          const range = severityRange[attackRung]!;
          const means = target.means[Math.floor(rng.next() * target.means.length)]!;
          let kind = target.classes[Math.floor(rng.next() * target.classes.length)]!;
          let severity = round(rng.between(range[0], range[1]));
          // Initiative: a strike on the leaders, a targeted killing at the top rung's severity.
          if (target.leadership > 0) {
            const chance = target.leadership * cut;
            if (rng.next() < chance) {
              kind = LEADERSHIP;
              severity = round(rng.between(leadershipMin, leadershipMax));
              o?.initiative?.(i, adversary, 'leadership', chance, held ? holder[i]! : -1);
            }
          }
          const harm = harmOf(severity, through[adversary * M + means]!);
          received(i, adversary, kind, severity);
          logAttack(i, adversary, kind, harm, attackRung);
          if (harm !== severity) o?.intercept?.(i, adversary, means, severity, harm, -1);
          o?.attack?.(i, adversary, means, kind, severity, attackRung, -1);
          if (attackRung > ceiling[i]!) answered++;
        }
        if (answered > 0) {
          // Attacks above the ceiling are the answer a red line allowed (closure).
          answerEvent.day = day;
          answerEvent.count = answered;
          take(i, answerEvent as PostureEvent);
        }
      }

      // Today's own attacks are remembered from tomorrow on.
      for (let k = injected; k < count; k++)
        lastAttack[(dayFrom[k]! * n + dayTo[k]!) * R + dayRung[k]!] = day;
      o?.endDay?.(day);
      rungs.set(today);
      let swap = inThreat;
      inThreat = nextThreat;
      nextThreat = swap;
      swap = inSolidarity;
      inSolidarity = nextSolidarity;
      nextSolidarity = swap;
      swap = inSupport;
      inSupport = nextSupport;
      nextSupport = swap;
      swap = inRestraint;
      inRestraint = nextRestraint;
      nextRestraint = swap;
      swap = inPunishment;
      inPunishment = nextPunishment;
      nextPunishment = swap;
      nextPunishment.fill(0);
      nextThreat.fill(0);
      nextSolidarity.fill(0);
      nextSupport.fill(0);
      nextRestraint.fill(0);
      let ints = seenTo;
      seenTo = dayTo;
      dayTo = ints;
      ints = seenFrom;
      seenFrom = dayFrom;
      dayFrom = ints;
      ints = seenClass;
      seenClass = dayClass;
      dayClass = ints;
      swap = seenSeverity;
      seenSeverity = daySeverity;
      daySeverity = swap;
      seen = count;
      count = 0;
    }
    o?.endRun?.();
  };

  return { model, horizon, run, use };
}

/**
 * Remembered pressure weighs less and less as it piles up (x / (1 + x), from 0 toward 1): the
 * twentieth day of strikes moves an actor less than the first (MODEL.md, "Drive").
 */
function saturate(pressure: number): number {
  return pressure / (1 + pressure);
}

/** The highest channel a sponsor's rung allows; no enabling of fire for an ally it reins in. */
function bestChannel(channels: readonly Channel[], rung: number, restrained: boolean): number {
  let best = -1;
  for (let c = 0; c < CHANNELS.length; c++) {
    const channel = CHANNELS[c]!;
    if (!channels.includes(channel) || rungIndex(channel) > rung) continue;
    if (restrained && channel === 'indirect') continue;
    best = c;
  }
  return best;
}

/** What an attack of `severity` does when `share` of it gets through (3 decimals when cut). */
function harmOf(severity: number, share: number): number {
  return share === 1 ? severity : round(severity * share);
}

/** Severities are kept to 3 decimals so traces read cleanly and compare exactly everywhere. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
