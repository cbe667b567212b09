import {
  type Aggregate,
  type DifferenceInterval,
  differenceInterval,
  type Pack,
  type Provenance,
  RUNGS,
  type Rung,
  rulesFiredMost,
  type TraceProfile,
  wilsonInterval,
} from '@brink/core';
import type { Rule } from './rules';

/** One outcome of a batch: how many runs it held in, its share and the share's 95% interval. */
export interface OutcomeRow {
  id: string;
  label: string;
  /** The outcome's definition in plain words (the pack's `description`). */
  definition: string;
  count: number;
  share: number;
  low: number;
  high: number;
}

/** The pack's outcomes in pack order, each with its share and 95% Wilson interval. */
export function outcomeRows(aggregate: Aggregate, pack: Pack): OutcomeRow[] {
  return pack.outcomes.map((outcome) => {
    const count = aggregate.outcomes[outcome.id] ?? 0;
    const interval = wilsonInterval(count, aggregate.runs);
    return {
      id: outcome.id,
      label: outcome.label,
      definition: outcome.description,
      count,
      ...interval,
    };
  });
}

/** One cell of the reach heatmap: the share of runs in which an actor stood at a rung or higher. */
export interface ReachCell {
  actor: string;
  rung: Rung;
  count: number;
  share: number;
}

/** Per actor (pack order), per rung (lowest first), the runs that reached it. */
export function reachCells(aggregate: Aggregate, pack: Pack): ReachCell[][] {
  return pack.actors.map((actor) =>
    RUNGS.map((rung, r) => {
      const count = aggregate.reached[actor.id]?.[r] ?? 0;
      return {
        actor: actor.id,
        rung,
        count,
        share: aggregate.runs === 0 ? 0 : count / aggregate.runs,
      };
    }),
  );
}

/** A bin of a first-day histogram: runs whose first day at the rung fell in [from, to). */
export interface DayBin {
  from: number;
  to: number;
  count: number;
}

/**
 * The first days an actor reached a rung (or higher), in bins of `width` days over the horizon;
 * runs that never reached it are not in any bin.
 */
export function firstDayBins(
  aggregate: Aggregate,
  actor: string,
  rung: Rung,
  horizon: number,
  width: number,
): DayBin[] {
  const histogram = aggregate.firstDays[actor]?.[RUNGS.indexOf(rung)] ?? [];
  const bins: DayBin[] = [];
  for (let from = 0; from < horizon; from += width) {
    let count = 0;
    for (let day = from; day < Math.min(horizon, from + width); day++) count += histogram[day] ?? 0;
    bins.push({ from, to: Math.min(horizon, from + width), count });
  }
  return bins;
}

/** The last part of a field path: `.name` or `[index]`. */
const LAST_PART = /(\.[^.[\]]+|\[\d+\])$/;

/** A rule of the pack with how often it decided a move in a batch's profiled runs. */
export interface FiredRule {
  field: string;
  fired: number;
  runs: number;
  /** The pack's rule (quote, provenance), when the field names one. */
  rule: Rule | undefined;
  provenance: Provenance | undefined;
}

/**
 * The rules that decided most moves, most first (ties by field), with their quotes: a decision's
 * deciding field is matched to the pack's rule of that field, or of the field it lies under.
 */
export function topRules(
  profile: TraceProfile,
  rules: readonly Rule[],
  limit: number,
): FiredRule[] {
  const byField = new Map(rules.map((rule) => [rule.field, rule]));
  const ruleFor = (field: string) => {
    let path = field;
    while (!byField.has(path)) {
      const parent = path.replace(LAST_PART, '');
      if (parent === path || parent === '') return undefined;
      path = parent;
    }
    return byField.get(path);
  };
  return rulesFiredMost(profile, limit).map((count) => {
    const rule = ruleFor(count.field);
    return { ...count, rule, provenance: rule?.provenance };
  });
}

/** One outcome in two batches: each share with its interval, and the difference b − a. */
export interface OutcomeComparison {
  id: string;
  label: string;
  definition: string;
  a: OutcomeRow;
  b: OutcomeRow;
  difference: DifferenceInterval;
}

/** The outcomes of two batches side by side, with Newcombe's interval of each difference. */
export function compareOutcomes(a: Aggregate, b: Aggregate, pack: Pack): OutcomeComparison[] {
  const rowsA = outcomeRows(a, pack);
  const rowsB = outcomeRows(b, pack);
  return rowsA.map((rowA, i) => {
    const rowB = rowsB[i]!;
    return {
      id: rowA.id,
      label: rowA.label,
      definition: rowA.definition,
      a: rowA,
      b: rowB,
      difference: differenceInterval(rowA, rowB),
    };
  });
}

/** A share as a percentage with one decimal: `12.3%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * The `actor:rung` cells whose reach differs between two batches at the 95% level (Newcombe),
 * and the outcomes that do: what a comparison highlights.
 */
export function significantDifferences(
  a: Aggregate,
  b: Aggregate,
  pack: Pack,
): { outcomes: Set<string>; reach: Set<string> } {
  const outcomes = new Set(
    compareOutcomes(a, b, pack)
      .filter((row) => row.difference.significant)
      .map((row) => row.id),
  );
  const reach = new Set<string>();
  for (const actor of pack.actors) {
    RUNGS.forEach((rung, r) => {
      const ia = wilsonInterval(a.reached[actor.id]?.[r] ?? 0, a.runs);
      const ib = wilsonInterval(b.reached[actor.id]?.[r] ?? 0, b.runs);
      if (differenceInterval(ia, ib).significant) reach.add(`${actor.id}:${rung}`);
    });
  }
  return { outcomes, reach };
}
