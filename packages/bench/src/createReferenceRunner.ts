import {
  type BatchRunner,
  type BatchRunnerOptions,
  CHANNELS,
  compileWorld,
  createOutcomeTracker,
  createRng,
  FIRST_MILITARY_RUNG,
  MEANS,
  type Pack,
  RUNGS,
  type Rung,
  type RunRecord,
  rungIndex,
  type Scenario,
  TARGET_CLASSES,
  type TraceHasher,
} from '@brink/core';

const MILITARY = rungIndex(FIRST_MILITARY_RUNG);
const ENGAGED = rungIndex('indirect');
const TOP = RUNGS.length - 1;
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
 * The hand-written reference: the same rules as the engine, written for speed by hand — the
 * posture machines' decisions (decisionRules.ts, createPostureMachine.ts, postureRecipes.ts)
 * inlined as plain comparisons on typed arrays, and the world around them (perceive, act) as in
 * core's batch runner. No xstate, no immer, no closures per decision. It is the lower bound the
 * benchmark holds the fast path against (`fastVsReference`). Being a second copy of the rules
 * kept by hand, it is trusted only because the differential tests prove that it gives the same
 * records and trajectories as `simulate`.
 *
 * Its inputs come from core's `compileWorld` (overrides applied, ids indexed, each machine's
 * numbers from `machineRules`), its random numbers from the same `createRng` stream and its
 * outcomes from the same `OutcomeTracker`, so the comparison is of the daily step only.
 */
export function createReferenceRunner(
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
        liftIndex: rungIndex(redLine.lift),
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
          // The highest channel the rung allows; none that enables fire for a reined-in ally.
          let best = -1;
          CHANNELS.forEach((channel, c) => {
            if (!support.channels.includes(channel) || rungIndex(channel) > rung) return;
            if (restrained && channel === 'indirect') return;
            best = c;
          });
          return best;
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

  // The machines' numbers (machineRules) and their states: the rungs from floor to top.
  const ceiling = Int32Array.from(actors, (actor) => actor.rules.ceiling);
  const floor = Int32Array.from(actors, (actor) => actor.rules.floor);
  const top = Int32Array.from(actors, (actor) =>
    Math.max(actor.rules.ceiling, ...actor.posture.redLines.map((line) => rungIndex(line.lift))),
  );
  const delay = Int32Array.from(actors, (actor) => actor.rules.mobilisationDelay);
  const dwell = Int32Array.from(actors, (actor) => actor.rules.dwell);
  const threshold = Float64Array.from(
    { length: n * R },
    (_, k) => actors[Math.floor(k / R)]!.rules.thresholds[k % R]!,
  );
  const hold = Float64Array.from(
    { length: n * R },
    (_, k) => threshold[k]! * (1 - actors[Math.floor(k / R)]!.rules.hysteresis),
  );
  const startRung = Int32Array.from(actors, (actor) => rungIndex(actor.posture.start.value));
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
  // Each machine's context: a red-line lift (rung −1: none), mobilising since (−1: not), since.
  const liftRung = new Int32Array(n);
  const liftUntil = new Int32Array(n);
  const mobilisingSince = new Int32Array(n);
  const since = new Int32Array(n);
  const ceilingOn = (i: number, day: number) =>
    liftRung[i]! >= 0 && day < liftUntil[i]! ? Math.max(ceiling[i]!, liftRung[i]!) : ceiling[i]!;
  const risesTo = (i: number, from: number, day: number, drive: number) => {
    let desired = 0;
    for (let r = 1; r < R; r++) if (drive >= threshold[i * R + r]!) desired = r;
    const to = from + 1;
    if (desired < to || to > ceilingOn(i, day)) return false;
    return (
      to < MILITARY ||
      delay[i] === 0 ||
      (mobilisingSince[i]! >= 0 && day - mobilisingSince[i]! >= delay[i]!)
    );
  };
  const riskFor = (rungsNow: Int32Array, self: number) => {
    let risk = 0;
    for (const actor of world.riskActors)
      if (actor !== self) risk = Math.max(risk, rungsNow[actor]! / TOP);
    return risk;
  };
  const saturate = (x: number) => x / (1 + x);

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
      rungs[i] = startRung[i]!;
      liftRung[i] = -1;
      liftUntil[i] = 0;
      mobilisingSince[i] = -1;
      since[i] = 0;
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
          // The higher, then the longer, of two lifts.
          const until = day + line.days;
          if (liftRung[i]! < 0 || liftUntil[i]! <= day || line.liftIndex > liftRung[i]!) {
            liftRung[i] = line.liftIndex;
            liftUntil[i] = until;
          } else if (line.liftIndex === liftRung[i] && until > liftUntil[i]!) {
            liftUntil[i] = until;
          }
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
        const risk = riskFor(rungs, i);
        const drive =
          actor.reactivity * saturate(memThreat[i]!) +
          actor.solidarity * saturate(memSolidarity[i]!) +
          saturate(memSupport[i]!) +
          -actor.deterrence * gap +
          -actor.riskAversion * risk +
          -actor.obedience * saturate(memRestraint[i]!) +
          noise;

        // The machine's DAY: a scripted jump, else one rung up, else one down, else hold.
        const from = rungs[i]!;
        const cap = ceilingOn(i, day);
        const script = scriptedToday ? scriptedToday[i]! : -1;
        let to = from;
        if (script > from && script <= Math.min(top[i]!, ceiling[i]!) && script <= cap) to = script;
        else if (
          from < top[i]! &&
          (from + 1 <= ceiling[i]! || liftRung[i]! >= 0) &&
          risesTo(i, from, day, drive)
        )
          to = from + 1;
        else if (
          from > floor[i]! &&
          (from > cap || (day - since[i]! >= dwell[i]! && drive < hold[i * R + from]!))
        )
          to = from - 1;
        if (mobilisingSince[i]! < 0 && drive >= threshold[i * R + MILITARY]!)
          mobilisingSince[i] = day;
        if (liftRung[i]! >= 0 && day >= liftUntil[i]!) liftRung[i] = -1;
        if (to !== from) since[i] = day;
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
        const reining = restraint !== null && riskFor(today, i) >= restraint.above;
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
          const severity = Math.round(rng.between(min, max) * 1000) / 1000;
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
