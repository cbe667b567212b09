import { sha256Hex } from './hash.js';
import { nearestId } from './nearestId.js';
import { RUNGS, rungIndex } from './rungs.js';
import type { Pack, Provenance } from './types.js';
import type { ValidationIssue } from './ValidationError.js';

/** What `checkPack` checks a pack against besides itself. */
export interface CheckPackOptions {
  /**
   * The public records at hand (a `PublicRecord` is one; only ids are read): a `recorded`
   * provenance must then cite one of them and only its events. Without them, `recorded`
   * provenances are checked for shape only.
   */
  records?: readonly { id: string; events: readonly { id: string }[] }[];
}

/**
 * What a pack gets wrong beyond its shape: references to unknown actors, outcomes or sources;
 * quotes that are not verbatim in their paragraph; a source whose text does not match its sha256;
 * ceilings below starts; red lines that lift nothing; with `options.records`, a `recorded`
 * provenance citing a record or event that is not there. Empty when the pack is sound.
 */
export function checkPack(pack: Pack, options: CheckPackOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (path: (string | number)[], message: string) => issues.push({ path, message });
  const actorIds = new Set<string>();
  const sources = new Map(pack.sources.map((source) => [source.id, source]));

  pack.sources.forEach((source, i) => {
    const actual = sha256Hex(source.paragraphs.join('\n'));
    if (actual !== source.sha256) {
      push(['sources', i, 'sha256'], `text hashes to ${actual}, not ${source.sha256}`);
    }
  });

  const records = options.records && new Map(options.records.map((record) => [record.id, record]));
  const checkProvenance = (provenance: Provenance, path: (string | number)[]) => {
    if (provenance.kind === 'assumption') return;
    if (provenance.kind === 'recorded') {
      if (records) checkRecorded(provenance, path);
      return;
    }
    const source = sources.get(provenance.source ?? pack.sources[0]!.id);
    if (!source) {
      push([...path, 'source'], `unknown source "${provenance.source}"`);
      return;
    }
    const paragraph = source.paragraphs[provenance.paragraph - 1];
    if (paragraph === undefined) {
      push([...path, 'paragraph'], `${source.id} has ${source.paragraphs.length} paragraphs`);
    } else if (!paragraph.includes(provenance.quote)) {
      push([...path, 'quote'], `not verbatim in ${source.id} paragraph ${provenance.paragraph}`);
    }
  };
  const checkRecorded = (
    provenance: Extract<Provenance, { kind: 'recorded' }>,
    path: (string | number)[],
  ) => {
    const record = records!.get(provenance.record);
    if (!record) {
      const known = [...records!.keys()];
      push(
        [...path, 'record'],
        `unknown record "${provenance.record}"; the records at hand are ${known.join(', ') || 'none'}`,
      );
      return;
    }
    const eventIds = record.events.map((event) => event.id);
    provenance.events.forEach((event, e) => {
      if (eventIds.includes(event)) return;
      const nearest = nearestId(event, eventIds);
      push(
        [...path, 'events', e],
        `unknown event "${event}" in record "${record.id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}`,
      );
    });
  };
  walkProvenance(pack, checkProvenance);

  pack.actors.forEach((actor, i) => {
    if (actorIds.has(actor.id)) push(['actors', i, 'id'], `duplicate actor id "${actor.id}"`);
    actorIds.add(actor.id);
  });
  const requireActor = (id: string, path: (string | number)[]) => {
    if (!actorIds.has(id)) push(path, `unknown actor "${id}"`);
  };

  pack.actors.forEach((actor, i) => {
    const at = (...rest: (string | number)[]) => ['actors', i, 'posture', ...rest];
    const { posture } = actor;
    const start = rungIndex(posture.start.value);
    const ceiling = rungIndex(posture.ceiling.value);
    if (start > ceiling) push(at('start'), `start is above the ceiling "${posture.ceiling.value}"`);
    if (posture.floor && rungIndex(posture.floor.value) > start) {
      push(at('floor'), `floor is above the start "${posture.start.value}"`);
    }
    posture.allies.value.forEach((ally, a) => {
      requireActor(ally, at('allies', 'value', a));
    });
    posture.supports.forEach((support, s) => {
      requireActor(support.to, at('supports', s, 'to'));
    });
    posture.restraint?.of.forEach((ally, r) => {
      requireActor(ally, at('restraint', 'of', r));
    });
    posture.restrainsInitiative?.of.forEach((client, c) => {
      requireActor(client, at('restrainsInitiative', 'of', c));
    });
    posture.targets.forEach((target, t) => {
      requireActor(target.adversary, at('targets', t, 'adversary'));
      if (target.adversary === actor.id)
        push(at('targets', t, 'adversary'), 'an actor cannot target itself');
      if (target.linkedTo) requireActor(target.linkedTo.ally, at('targets', t, 'linkedTo', 'ally'));
    });
    posture.redLines.forEach((redLine, r) => {
      if (rungIndex(redLine.lift) <= ceiling) {
        push(
          at('redLines', r, 'lift'),
          `lifts to "${redLine.lift}", not above the ceiling "${posture.ceiling.value}"`,
        );
      }
      const when = redLine.when;
      if ('attack' in when) {
        when.attack.by?.forEach((id, b) => {
          requireActor(id, at('redLines', r, 'when', 'attack', 'by', b));
        });
        when.attack.on?.forEach((id, b) => {
          requireActor(id, at('redLines', r, 'when', 'attack', 'on', b));
        });
      } else {
        when.rung.actors.forEach((id, b) => {
          requireActor(id, at('redLines', r, 'when', 'rung', 'actors', b));
        });
      }
    });
  });

  pack.world.riskActors.value.forEach((id, r) => {
    requireActor(id, ['world', 'riskActors', 'value', r]);
  });
  const thresholds = RUNGS.map((rung) => pack.world.thresholds.value[rung]);
  thresholds.forEach((value, r) => {
    if (r > 0 && value <= thresholds[r - 1]!) {
      push(['world', 'thresholds', 'value', RUNGS[r]!], 'thresholds must rise with the ladder');
    }
  });
  for (const rung of RUNGS) {
    const [min, max] = pack.world.severity.value[rung];
    if (min > max) push(['world', 'severity', 'value', rung], 'min is above max');
  }

  const outcomeIds = new Set(pack.outcomes.map((outcome) => outcome.id));
  pack.outcomes.forEach((outcome, o) => {
    walkCondition(outcome.when, ['outcomes', o, 'when'], (ids, refs, path) => {
      ids.forEach((id, k) => {
        requireActor(id, [...path, k]);
      });
      for (const ref of refs) {
        if (!outcomeIds.has(ref) || ref === outcome.id)
          push(path, `unknown or circular outcome "${ref}"`);
      }
    });
  });
  return issues;
}

type Condition = Pack['outcomes'][number]['when'];

function walkCondition(
  condition: Condition,
  path: (string | number)[],
  visit: (ids: string[], refs: string[], path: (string | number)[]) => void,
): void {
  if ('reach' in condition) visit(condition.reach.actors, [], [...path, 'reach', 'actors']);
  else if ('attack' in condition) {
    visit(condition.attack.from, [], [...path, 'attack', 'from']);
    visit(condition.attack.to, [], [...path, 'attack', 'to']);
  } else if ('exchange' in condition) {
    visit(condition.exchange.between, [], [...path, 'exchange', 'between']);
    visit(condition.exchange.and, [], [...path, 'exchange', 'and']);
  } else if ('simultaneous' in condition) {
    visit(condition.simultaneous.from, [], [...path, 'simultaneous', 'from']);
  } else if ('rate' in condition) {
    visit(condition.rate.from, [], [...path, 'rate', 'from']);
    if (condition.rate.to) visit(condition.rate.to, [], [...path, 'rate', 'to']);
  } else if ('daysAt' in condition) {
    visit(condition.daysAt.actors, [], [...path, 'daysAt', 'actors']);
  } else if ('stepDown' in condition) {
    visit(condition.stepDown.actors, [], [...path, 'stepDown', 'actors']);
  } else if ('pause' in condition) {
    visit(condition.pause.actors, [], [...path, 'pause', 'actors']);
    if (condition.pause.to) visit(condition.pause.to, [], [...path, 'pause', 'to']);
  } else if ('outcome' in condition) visit([], [condition.outcome], [...path, 'outcome']);
  else if ('all' in condition) {
    condition.all.forEach((inner, i) => {
      walkCondition(inner, [...path, 'all', i], visit);
    });
  } else if ('any' in condition) {
    condition.any.forEach((inner, i) => {
      walkCondition(inner, [...path, 'any', i], visit);
    });
  } else walkCondition(condition.not, [...path, 'not'], visit);
}

/** Calls `visit` with every provenance in a pack and its path. */
export function walkProvenance(
  pack: Pack,
  visit: (provenance: Provenance, path: (string | number)[]) => void,
): void {
  const walk = (value: unknown, path: (string | number)[]) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'provenance') visit(inner as Provenance, [...path, key]);
      else walk(inner, [...path, key]);
    }
  };
  walk(pack.world, ['world']);
  walk(pack.actors, ['actors']);
  walk(pack.outcomes, ['outcomes']);
}
