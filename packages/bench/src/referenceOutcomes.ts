import { type AttackEvent, type OutcomeCondition, type Pack, RUNGS, type Trace } from '@brink/core';

/**
 * The pack's outcomes decided over a finished trajectory, written from MODEL.md's prose
 * ("Outcomes", "What an outcome can ask") and not from core's `createOutcomeTracker`: each
 * condition is a plain scan of the trace's days, so that `compareRuns` can hold the kernel's
 * streaming tracker to the documented meaning of every outcome kind.
 */
export function referenceOutcomes(trace: Trace, pack: Pack): Record<string, boolean> {
  const rung = (name: string) => RUNGS.indexOf(name as (typeof RUNGS)[number]);
  const days = trace.days;
  const rungOf = (day: Trace['days'][number], actor: string) => rung(day.rungs[actor] ?? 'dormant');
  // Each day's attacks, in event order, collected once: every condition scans them.
  const attacksOn = new Map(
    days.map((day) => [
      day,
      day.events.filter((event): event is AttackEvent => event.type === 'attack'),
    ]),
  );
  const attacks = (day: Trace['days'][number]) => attacksOn.get(day)!;
  const inWindow = (day: number, window?: { start: number; end?: number | undefined }) =>
    !window || (day >= window.start && (window.end === undefined || day <= window.end));
  const byId = new Map(pack.outcomes.map((outcome) => [outcome.id, outcome.when]));

  const holds = (condition: OutcomeCondition): boolean => {
    if ('reach' in condition) {
      const { actors, atLeast } = condition.reach;
      return days.some((day) => actors.some((actor) => rungOf(day, actor) >= rung(atLeast)));
    }
    if ('attack' in condition) {
      const { from, to, atLeast, minSeverity } = condition.attack;
      return days.some((day) =>
        attacks(day).some(
          (a) =>
            from.includes(a.from) &&
            to.includes(a.to) &&
            rung(a.rung) >= rung(atLeast ?? 'dormant') &&
            a.severity >= (minSeverity ?? 0),
        ),
      );
    }
    if ('exchange' in condition) {
      const { between, and, atLeast } = condition.exchange;
      const struck = (x: string, y: string) =>
        days.some((day) =>
          attacks(day).some((a) => a.from === x && a.to === y && rung(a.rung) >= rung(atLeast)),
        );
      return between.some((x) => and.some((y) => struck(x, y) && struck(y, x)));
    }
    if ('simultaneous' in condition) {
      const { from, atLeast } = condition.simultaneous;
      return days.some((day) => {
        const attackers = new Set(attacks(day).map((a) => a.from));
        return from.filter((actor) => attackers.has(actor)).length >= atLeast;
      });
    }
    if ('rate' in condition) {
      const { from, to, atLeast, per, window, min, max } = condition.rate;
      const windowDays = days.filter((day) => inWindow(day.day, window));
      if (windowDays.length === 0) return false;
      const count = windowDays
        .flatMap(attacks)
        .filter(
          (a) =>
            from.includes(a.from) &&
            (!to || to.includes(a.to)) &&
            rung(a.rung) >= rung(atLeast ?? 'dormant'),
        ).length;
      const rate = (count / windowDays.length) * (per ?? 30);
      return rate >= (min ?? 0) && rate <= (max ?? Number.POSITIVE_INFINITY);
    }
    if ('daysAt' in condition) {
      const { actors, atLeast, days: needed, consecutive, window } = condition.daysAt;
      return actors.some((actor) => {
        let total = 0;
        let run = 0;
        for (const day of days) {
          if (!inWindow(day.day, window)) continue;
          if (rungOf(day, actor) >= rung(atLeast)) {
            total++;
            run++;
          } else run = 0;
          if ((consecutive ? run : total) >= needed) return true;
        }
        return false;
      });
    }
    if ('stepDown' in condition) {
      const { actors, rung: from, window } = condition.stepDown;
      return actors.some((actor) => {
        const first = days.findIndex((day) => rungOf(day, actor) >= rung(from));
        return (
          first >= 0 &&
          days
            .slice(first + 1)
            .some((day) => rungOf(day, actor) < rung(from) && inWindow(day.day, window))
        );
      });
    }
    if ('pause' in condition) {
      const { actors, to, days: needed, window } = condition.pause;
      let attacked = false;
      let quiet = 0;
      for (const day of days) {
        const fired = attacks(day).some(
          (a) => actors.includes(a.from) && (!to || to.includes(a.to)),
        );
        if (fired) {
          attacked = true;
          quiet = 0;
        } else if (attacked && inWindow(day.day, window)) {
          quiet++;
          if (quiet >= needed) return true;
        } else quiet = 0;
      }
      return false;
    }
    if ('outcome' in condition) {
      const when = byId.get(condition.outcome);
      return when ? holds(when) : false;
    }
    if ('all' in condition) return condition.all.every(holds);
    if ('any' in condition) return condition.any.some(holds);
    return !holds(condition.not);
  };

  return Object.fromEntries(pack.outcomes.map((outcome) => [outcome.id, holds(outcome.when)]));
}
