import {
  type AttackEvent,
  applyOverrides,
  batchHeader,
  CHANNELS,
  createRng,
  type Pack,
  type Posture,
  RUNGS,
  type Rung,
  rungIndex,
  type Scenario,
  type Trace,
  type TraceDay,
  type WorldEvent,
} from '@brink/core';

/** A runner of one (pack, scenario) that returns each run's trajectory. */
export interface ReferenceRunner {
  readonly horizon: number;
  /**
   * Run `run` of the batch seeded with `seed`, as a `Trace` whose days hold the rungs and the
   * events; its `decisions` and `redLines` are left empty (the reference explains nothing).
   */
  run(seed: number, run: number): Trace;
}

const INDIRECT = rungIndex('indirect');
const TOP = RUNGS.length - 1;

/** One actor as the reference keeps it: its posture (scenario overrides applied) and its day. */
interface Party {
  id: string;
  posture: Posture;
  power: number;
  ceiling: number;
  floor: number;
  /** The highest rung its machine has: its ceiling or its highest red-line lift. */
  top: number;
  rung: number;
  /** Memories: threat, solidarity (attacks on allies), support, restraint, punishment. */
  memory: {
    threat: number;
    solidarity: number;
    support: number;
    restraint: number;
    punishment: number;
  };
  /** The day it last changed rung (its start counts as day 0), for dwell. */
  since: number;
  /** The first day its drive reached the `indirect` threshold, for mobilisation. */
  mobilisingSince: number | null;
  /**
   * The ceiling a red line lifted, the strikes its answer has left (null: no limit) and the
   * attacker whose attack crossed it (null: none did).
   */
  lift: {
    rung: number;
    until: number;
    redLine: string;
    strikes: number | null;
    by: string | null;
  } | null;
  /** The day the last ceasefire it is a party to took effect (null: none yet). */
  truce: number | null;
  /** The rung coercion capped it at, until a day (exclusive). */
  cap: { rung: number; until: number } | null;
  /** Until this day (exclusive) it holds its fire at the risk actors, having heeded an order. */
  pausedUntil: number;
  /** Having heeded an order whose fire resumes in retaliation only, it fires at them only so. */
  retaliatesOnly: boolean;
}

/**
 * The benchmark's reference: the daily step written a second time, **from MODEL.md's prose**
 * ("One day in the model", "The mechanics"), not from the kernel's code — plain objects and
 * arrays, the rules in the order the text gives them, every event a `WorldEvent` object, no
 * typed arrays, no xstate, no compiled tables. Differential tests hold the kernel to it
 * (test/reference.test.ts on 500 runs per built-in scenario; `pnpm bench` on 10,000).
 *
 * What MODEL.md does not spell out, and the reference takes as the engine's contract: random
 * numbers come from core's `createRng(seed, run)` stream, drawn in this order — each day, one
 * noise draw per actor in pack order (−noise + 2·noise·u; none when noise is 0); then for each actor in pack order at
 * `indirect` or higher, for each of its targets in posture order, one roll (drawn even when the
 * target is not eligible), and for an attack the means, the target class (each `⌊u·n⌋` of its
 * list) and the severity (min + u·(max − min), rounded to 3 decimals). Red lines are seen in
 * posture order before the drive; a crossing lifts the ceiling until (day + days), keeping the
 * higher and then the longer lift. Scenario overrides are applied by core's `applyOverrides`
 * (they are scenario semantics, not the step).
 */
export function createReferenceRunner(
  pack: Pack,
  scenario: Scenario,
  options: { horizon?: number } = {},
): ReferenceRunner {
  const horizon = Math.min(options.horizon ?? scenario.horizon, scenario.horizon);
  const world = pack.world;
  const thresholds = RUNGS.map((rung) => world.thresholds.value[rung]);
  const hysteresis = world.hysteresis.value;
  const dwell = world.dwell.value;
  const memoryDays = world.memory.value;
  const noiseWidth = world.noise.value;
  const postures = pack.actors.map((actor) => applyOverrides(actor, scenario));
  const ids = postures.map((actor) => actor.id);
  const header = batchHeader(pack, scenario, 0);

  /** Who targets whom, both ways: an actor's adversaries. */
  const adversariesOf = (id: string) =>
    postures
      .filter(
        (other) =>
          other.posture.targets.some((t) => t.adversary === id) ||
          postures
            .find((actor) => actor.id === id)!
            .posture.targets.some((t) => t.adversary === other.id),
      )
      .map((other) => other.id);
  const adversaries = new Map(ids.map((id) => [id, adversariesOf(id)]));

  const activity = (party: Party, rung: number) =>
    party.posture.params.activity?.value[RUNGS[rung]!] ?? world.activity.value[RUNGS[rung]!];

  /** The risk of a wider war `self` sees: the highest rung of the other risk actors, over 6. */
  const riskSeenBy = (self: string, rungOf: (id: string) => number) => {
    let risk = 0;
    for (const id of world.riskActors.value)
      if (id !== self) risk = Math.max(risk, rungOf(id) / TOP);
    return risk;
  };

  const run = (seed: number, runIndex: number): Trace => {
    const rng = createRng(seed, runIndex);
    const parties: Party[] = postures.map((actor) => {
      const posture = actor.posture;
      const ceiling = rungIndex(posture.ceiling.value);
      return {
        id: actor.id,
        posture,
        power: actor.power.value,
        ceiling,
        floor: rungIndex((posture.floor ?? posture.start).value),
        top: Math.max(ceiling, ...posture.redLines.map((line) => rungIndex(line.lift))),
        rung: rungIndex(posture.start.value),
        memory: { threat: 0, solidarity: 0, support: 0, restraint: 0, punishment: 0 },
        since: 0,
        mobilisingSince: null,
        lift: null,
        truce: null,
        cap: null,
        pausedUntil: 0,
        retaliatesOnly: false,
      };
    });
    const byId = new Map(parties.map((party) => [party.id, party]));
    let yesterday: WorldEvent[] = [];
    // Attacks remembered for retaliation and rung matching: (day, attack), oldest first; those
    // before `forgotten` have left the memory. `counts` holds, per attacker and victim, how many
    // remembered attacks there are at each rung.
    const remembered: { day: number; attack: AttackEvent }[] = [];
    let forgotten = 0;
    const counts = new Map<string, number[]>();
    const remember = (day: number, attack: AttackEvent, add: 1 | -1) => {
      const key = `${attack.from}>${attack.to}`;
      const count = counts.get(key) ?? RUNGS.map(() => 0);
      counts.set(key, count);
      count[rungIndex(attack.rung)]! += add;
      if (add === 1) remembered.push({ day, attack });
    };
    const truces: { parties: string[]; from: number; until: number }[] = [];
    const days: TraceDay[] = [];

    for (let day = 0; day < horizon; day++) {
      // 1. Scripted injects for the day.
      const injected: WorldEvent[] = scenario.injects
        .filter((inject) => inject.day === day)
        .map(({ day: _day, ...event }) => event as WorldEvent);
      for (const event of injected)
        if (event.type === 'ceasefire')
          truces.push({ parties: event.parties, from: day, until: day + event.days });

      // 2–3. Perception and decision, each actor in pack order, on yesterday's world.
      const rungYesterday = new Map(parties.map((party) => [party.id, party.rung]));
      const restrainedYesterday = new Set(
        yesterday.filter((e) => e.type === 'restrain').map((e) => (e as { to: string }).to),
      );
      const changed = new Set<string>();
      for (const party of parties) {
        const noise = noiseWidth === 0 ? 0 : -noiseWidth + rng.next() * (2 * noiseWidth);
        const posture = party.posture;

        // Red lines crossed by what happened yesterday: a graded line is crossed by chance.
        for (const line of posture.redLines) {
          const when = line.when;
          let crossed = false;
          let strikes: number | null = null;
          let crosser: string | null = null;
          if ('rung' in when) {
            crossed = when.rung.actors.some(
              (id) => rungYesterday.get(id)! >= rungIndex(when.rung.atLeast),
            );
          } else {
            const { by, on, targets, minSeverity, spread = 0 } = when.attack;
            for (const e of yesterday) {
              if (e.type !== 'attack') continue;
              if (on === undefined ? e.to !== party.id : !on.includes(e.to)) continue;
              if (by !== undefined && !by.includes(e.from)) continue;
              if (!targets.includes(e.target)) continue;
              // Sharp: crossed from minSeverity on. Graded: 0 at minSeverity − spread, rising
              // evenly to 1 at minSeverity + spread; a draw only when the chance is in between.
              let chance: number;
              // Defences: a red line sees the harm an attack did, not the attack as made.
              const harm = harmDone(e, byId.get(e.to)!.posture);
              if (spread === 0) chance = harm >= minSeverity ? 1 : 0;
              else if (harm <= minSeverity - spread) chance = 0;
              else if (harm >= minSeverity + spread) chance = 1;
              else chance = (harm - (minSeverity - spread)) / (2 * spread);
              if (chance >= 1) crossed = true;
              else if (chance > 0) crossed = rng.next() < chance;
              if (!crossed) continue;
              crosser = e.from;
              if (line.answer !== undefined) {
                const weights = world.targetWeights.value;
                const heaviest = Math.max(...Object.values(weights));
                const impact = (harm * weights[e.target]) / heaviest;
                strikes = Math.max(1, Math.round(line.answer * impact));
              }
              break;
            }
          }
          if (!crossed) continue;
          const lift = {
            rung: rungIndex(line.lift),
            until: day + line.days,
            redLine: line.id,
            strikes,
            by: crosser,
          };
          const current = party.lift;
          if (
            !current ||
            current.until <= day ||
            lift.rung > current.rung ||
            (lift.rung === current.rung && lift.until > current.until)
          )
            party.lift = lift;
        }

        // A ceasefire taking effect today: an answer to a red line that another party's attack
        // crossed is over from today, and a rung it took until today is no longer held by dwell.
        for (const event of injected) {
          if (event.type !== 'ceasefire' || !event.parties.includes(party.id)) continue;
          const lift = party.lift;
          if (lift && day < lift.until && lift.by !== null && event.parties.includes(lift.by))
            lift.until = day;
          party.truce = day;
        }

        // Memory: fade by decay, then add yesterday's pressure.
        const allies = posture.allies.value;
        let threat = 0;
        let onAllies = 0;
        let support = 0;
        let restraint = 0;
        let punishment = 0;
        for (const e of yesterday) {
          if (e.type === 'attack') {
            const weight = e.severity * world.targetWeights.value[e.target];
            if (e.to === party.id) threat += weight;
            // Punishment: the same damage, times the attacker's firepower gap over the victim.
            const gap = byId.get(e.from)!.power - party.power;
            if (e.to === party.id && gap > 0) punishment += weight * gap;
            if (allies.includes(e.to)) onAllies += weight;
          } else if (e.type === 'support' && e.to === party.id) {
            support += world.channelWeights.value[e.channel];
          } else if (e.type === 'restrain' && e.to === party.id) {
            restraint += byId.get(e.from)!.posture.restraint?.strength ?? 0;
          }
        }
        const keep = 1 - posture.params.decay.value;
        const m = party.memory;
        m.threat = m.threat * keep + threat;
        m.solidarity = m.solidarity * keep + onAllies;
        m.support = m.support * keep + support;
        m.restraint = m.restraint * keep + restraint;
        m.punishment = m.punishment * keep + punishment;

        // Coercion: struck yesterday by a stronger adversary, it yields with chance
        // (1 − resolve) × s(punishment): its ceiling is capped a rung below where it stands, for
        // the dwell, keeping the lower (then the longer) of two caps.
        const resolve = posture.resolve?.value ?? 1;
        if (punishment > 0 && party.rung > party.floor && resolve < 1) {
          const chance = (1 - resolve) * (m.punishment / (1 + m.punishment));
          if (chance > 0 && rng.next() < chance) {
            const cap = {
              rung: Math.max(party.floor, party.rung - 1),
              until: day + Math.max(1, dwell),
            };
            const current = party.cap;
            if (
              !current ||
              current.until <= day ||
              cap.rung < current.rung ||
              (cap.rung === current.rung && cap.until > current.until)
            )
              party.cap = cap;
          }
        }

        // Drive: seven terms, summed in MODEL.md's order.
        const s = (x: number) => x / (1 + x);
        const p = posture.params;
        // Deterrence before the fighting: every adversary counts, fighting or not.
        let gap = 0;
        for (const id of adversaries.get(party.id)!)
          gap = Math.max(gap, byId.get(id)!.power - party.power);
        const drive =
          p.reactivity.value * s(m.threat) +
          p.solidarity.value * s(m.solidarity) +
          s(m.support) +
          -p.deterrence.value * gap +
          -p.riskAversion.value * riskSeenBy(party.id, (id) => rungYesterday.get(id)!) +
          -p.obedience.value * s(m.restraint) +
          noise;

        // Decision: a scripted jump, else one rung up, else one rung down, else stay.
        const from = party.rung;
        const lifted =
          party.lift && day < party.lift.until
            ? Math.max(party.ceiling, party.lift.rung)
            : party.ceiling;
        const ceilingToday =
          party.cap && day < party.cap.until ? Math.min(lifted, party.cap.rung) : lifted;
        const scriptedRung = Math.max(
          -1,
          ...injected
            .filter((e) => e.type === 'attack' && e.from === party.id)
            .map((e) => rungIndex((e as AttackEvent).rung)),
        );
        const mobilised =
          p.mobilisationDelay.value === 0 ||
          (party.mobilisingSince !== null &&
            day - party.mobilisingSince >= p.mobilisationDelay.value);
        let desired = 0;
        for (let rung = 1; rung <= TOP; rung++) if (drive >= thresholds[rung]!) desired = rung;
        let to = from;
        if (scriptedRung > from && scriptedRung <= party.ceiling) {
          to = scriptedRung;
        } else if (
          from < party.top &&
          desired > from &&
          from + 1 <= ceilingToday &&
          (from + 1 < INDIRECT || mobilised)
        ) {
          to = from + 1;
        } else if (
          from > party.floor &&
          (from > ceilingToday ||
            ((day - party.since >= dwell || (party.truce !== null && party.truce >= party.since)) &&
              drive < thresholds[from]! * (1 - hysteresis)))
        ) {
          to = from - 1;
        }
        // The mobilisation clock starts the first day the drive reaches `indirect`.
        if (party.mobilisingSince === null && drive >= thresholds[INDIRECT]!)
          party.mobilisingSince = day;
        if (party.lift && day >= party.lift.until) party.lift = null;
        if (party.cap && day >= party.cap.until) party.cap = null;
        if (to !== from) {
          party.rung = to;
          party.since = day;
          changed.add(party.id);
        }
      }

      // 4. Action, each actor in pack order, on its new rung.
      const rungOf = (id: string) => byId.get(id)!.rung;
      const acts: WorldEvent[] = [];
      for (const e of injected) if (e.type === 'attack') remember(day, e, 1);
      for (const party of parties) {
        const posture = party.posture;
        const rung = party.rung;
        if (changed.has(party.id))
          acts.push({ type: 'statement', from: party.id, stance: RUNGS[rung]! });

        const rule = posture.restraint;
        // An order to stand down: yesterday one of the allies it reins in hit a risk actor on a
        // listed target class with a harm (after its defences) of the order's severity or more.
        const pause = rule?.pause;
        const ordered =
          pause !== undefined &&
          yesterday.some(
            (e) =>
              e.type === 'attack' &&
              rule!.of.includes(e.from) &&
              world.riskActors.value.includes(e.to) &&
              pause.after.targets.includes(e.target) &&
              harmDone(e, byId.get(e.to)!.posture) >= pause.after.minSeverity,
          );
        const reinedIn =
          rule && (ordered || riskSeenBy(party.id, rungOf) >= rule.above)
            ? rule.of.filter((id) => rungOf(id) >= INDIRECT)
            : [];
        for (const support of posture.supports) {
          let channel: (typeof CHANNELS)[number] | null = null;
          for (const c of CHANNELS) {
            if (!support.channels.includes(c) || rungIndex(c) > rung) continue;
            if (c === 'indirect' && reinedIn.includes(support.to)) continue;
            channel = c;
          }
          if (channel) acts.push({ type: 'support', from: party.id, to: support.to, channel });
        }
        for (const id of reinedIn) {
          acts.push({ type: 'restrain', from: party.id, to: id });
          // Each ally not already pausing heeds the order with a chance equal to its obedience.
          const ally = byId.get(id)!;
          if (!ordered || ally.pausedUntil > day) continue;
          const heed = ally.posture.params.obedience.value;
          if (heed >= 1 || (heed > 0 && rng.next() < heed)) {
            ally.pausedUntil = day + pause!.days;
            // After the pause, fire at the risk actors only in answer to their strikes.
            if (pause!.resume === 'retaliation') ally.retaliatesOnly = true;
          }
        }

        if (rung < INDIRECT) continue;
        const cut = restrainedYesterday.has(party.id) ? 1 - posture.params.obedience.value : 1;
        let aboveCeiling = 0;
        for (const target of posture.targets) {
          const chance = activity(party, rung) * target.weight * cut;
          const roll = rng.next();
          // Initiative: a sponsor's hold cuts the client's own choices; pre-emption has its
          // own draw each day, for a target that has it.
          const hold = initiativeHold(postures, party, rungOf(target.adversary));
          const preempt = target.initiative?.preempt?.value ?? 0;
          const preempting =
            preempt > 0 &&
            rng.next() < preempt * hold &&
            preparingAnswer(byId.get(target.adversary)!.lift, day);
          if (roll >= chance && !preempting) continue;
          const truce = truces.some(
            (t) =>
              day >= t.from &&
              day < t.until &&
              t.parties.includes(party.id) &&
              t.parties.includes(target.adversary),
          );
          if (truce) continue;
          // Having heeded an order, it holds its fire at the risk actors.
          if (party.pausedUntil > day && world.riskActors.value.includes(target.adversary))
            continue;
          // Linkage: fire tied to an ally's war pauses on the days that ally and this adversary
          // are in a ceasefire together.
          const ally = target.linkedTo?.ally;
          const paused =
            ally !== undefined &&
            truces.some(
              (t) =>
                day >= t.from &&
                day < t.until &&
                t.parties.includes(ally) &&
                t.parties.includes(target.adversary),
            );
          if (paused) continue;
          // The highest rung of the remembered attacks of this adversary on it.
          const count = counts.get(`${target.adversary}>${party.id}`);
          let matched = -1;
          if (count) for (let r = TOP; r >= 0 && matched < 0; r--) if (count[r]! > 0) matched = r;
          const onlyAnswers =
            target.retaliateOnly ||
            (party.retaliatesOnly && world.riskActors.value.includes(target.adversary));
          if (onlyAnswers && matched < 0 && !preempting) continue;
          const cap = target.upTo === undefined ? rung : rungIndex(target.upTo);
          const attackRung = Math.min(rung, Math.max(cap, matched));
          if (attackRung < INDIRECT) continue;
          const [min, max] = world.severity.value[RUNGS[attackRung]!];
          const means = target.means[Math.floor(rng.next() * target.means.length)]!;
          let kind = target.classes[Math.floor(rng.next() * target.classes.length)]!;
          let severity = Math.round((min + rng.next() * (max - min)) * 1000) / 1000;
          // Initiative: a strike on the leaders, at the top rung's severity.
          const leadership = target.initiative?.leadership?.value ?? 0;
          if (leadership > 0 && rng.next() < leadership * hold) {
            const [low, high] = world.severity.value[RUNGS[TOP]!];
            kind = 'leadership';
            severity = Math.round((low + rng.next() * (high - low)) * 1000) / 1000;
          }
          acts.push({
            type: 'attack',
            from: party.id,
            to: target.adversary,
            means,
            target: kind,
            severity,
            rung: RUNGS[attackRung]!,
          });
          if (attackRung > party.ceiling) aboveCeiling++;
        }
        // Closure: attacks above the ceiling count toward the answer; once it is made, the
        // lift ends with the day.
        const lift = party.lift;
        if (aboveCeiling > 0 && lift && lift.strikes !== null && day < lift.until) {
          lift.strikes = Math.max(0, lift.strikes - aboveCeiling);
          if (lift.strikes === 0) lift.until = day + 1;
        }
      }

      // 5. The day's events: what everyone perceives tomorrow.
      const events = [...injected, ...acts];
      for (const e of acts) if (e.type === 'attack') remember(day, e, 1);
      while (forgotten < remembered.length && day + 1 - remembered[forgotten]!.day > memoryDays) {
        const { day: when, attack } = remembered[forgotten++]!;
        remember(when, attack, -1);
      }
      yesterday = events;
      const rungs: Record<string, Rung> = {};
      for (const party of parties) rungs[party.id] = RUNGS[party.rung]!;
      days.push({
        day,
        rungs,
        events,
        decisions: [],
        redLines: [],
      });
    }
    return { ...header, seed, run: runIndex, horizon, days };
  };
  return { horizon, run };
}

/**
 * MODEL.md, "Defences": the harm an attack does to its victim, the severity less the share its
 * defences intercept when they stop the attack's means (3 decimals).
 */
function harmDone(attack: AttackEvent & { harm?: number }, victim: Posture): number {
  // A scripted attack may say what got through (its `harm`); then the defences are not asked.
  if (attack.harm !== undefined) return attack.harm;
  const defences = victim.defences;
  if (!defences || !defences.means.value.includes(attack.means)) return attack.severity;
  return Math.round(attack.severity * (1 - defences.intercept.value) * 1000) / 1000;
}

/**
 * MODEL.md, "Initiative": the share of a client's own chances left by its sponsors' holds — 1 −
 * its obedience while the adversary stands at the hold's rung or higher, under any sponsor's hold.
 */
function initiativeHold(
  actors: readonly { id: string; posture: Posture }[],
  client: Party,
  adversaryRung: number,
): number {
  const held = actors.some((sponsor) => {
    const hold = sponsor.posture.restrainsInitiative;
    return hold?.of.includes(client.id) && adversaryRung >= rungIndex(hold.atLeast);
  });
  return held ? 1 - client.posture.params.obedience.value : 1;
}

/** MODEL.md, "Initiative": an adversary prepares an answer while a red line's lift holds and its answer is not made. */
function preparingAnswer(lift: Party['lift'], day: number): boolean {
  return lift !== null && day < lift.until && lift.strikes !== 0;
}
