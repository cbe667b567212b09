import { nearestId } from '../schema/nearestId.js';
import type { Pack, Scenario } from '../schema/types.js';
import type { ValidationIssue } from '../schema/ValidationError.js';
import { dayOf } from './recordCalendar.js';
import type { PublicRecord, RecordedEvent } from './recordSchema.js';

/**
 * Checks a schema-valid record against its pack (and, when given, its hindcast scenario): actors
 * of the pack, dates that agree with their days, attacks with a target and a party, statuses
 * backed by their sources, facts that name known events and days the record covers, scripted
 * events that the scenario scripts on their day. Returns every problem, located by path.
 */
export function checkRecord(
  record: PublicRecord,
  pack: Pack,
  scenario?: Scenario,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ path, message });
  const actors = pack.actors.map((actor) => actor.id);
  const knownActor = (path: (string | number)[], id: string) => {
    if (actors.includes(id)) return;
    const nearest = nearestId(id, actors);
    issue(
      path,
      `unknown actor "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; the ${pack.id} pack has ${actors.join(', ')}`,
    );
  };

  if (record.pack !== pack.id)
    issue(['pack'], `the record is for pack "${record.pack}", not "${pack.id}"`);
  const endDay = dayOf(record.epoch, record.end);
  if (dayOf(record.epoch, record.epoch) === undefined)
    issue(['epoch'], `"${record.epoch}" is not a date`);
  if (endDay === undefined) issue(['end'], `"${record.end}" is not a date`);
  else if (endDay < 0) issue(['end'], `the end ${record.end} is before the epoch ${record.epoch}`);

  const seen = new Map<string, number>();
  record.events.forEach((event, i) => {
    const at = (...path: (string | number)[]) => ['events', i, ...path];
    const earlier = seen.get(event.id);
    if (earlier !== undefined)
      issue(at('id'), `duplicate event id "${event.id}" (also events[${earlier}])`);
    else seen.set(event.id, i);
    knownActor(at('actor'), event.actor);
    if (event.against !== undefined) knownActor(at('against'), event.against);
    checkDate(event, record, endDay, at, issue);
    if (event.type === 'attack' && event.target === undefined) {
      issue(at('target'), 'an attack needs a target class');
    }
    if ((event.type === 'attack' || event.type === 'ceasefire') && event.against === undefined) {
      issue(
        at('against'),
        `a${event.type === 'attack' ? 'n' : ''} ${event.type} needs the other party (against)`,
      );
    }
    if (event.status === 'confirmed') {
      const outlets = new Set(event.sources.map((source) => source.outlet));
      if (outlets.size < 2) {
        issue(
          at('sources'),
          'a confirmed event needs sources from at least two outlets (or status: single-source)',
        );
      }
    }
    if (event.status === 'contested' && event.disagreement === undefined) {
      issue(at('disagreement'), 'a contested event must say who disputes what (disagreement)');
    }
  });

  const factIds = new Set<string>();
  record.facts.forEach((fact, i) => {
    const at = (...path: (string | number)[]) => ['facts', i, ...path];
    if (factIds.has(fact.id)) issue(at('id'), `duplicate fact id "${fact.id}"`);
    factIds.add(fact.id);
    fact.events.forEach((id, j) => {
      if (!seen.has(id)) {
        const nearest = nearestId(id, [...seen.keys()]);
        issue(
          at('events', j),
          `unknown event "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}`,
        );
      }
    });
    fact.measure.actors.forEach((id, j) => {
      knownActor(at('measure', 'actors', j), id);
    });
    if (endDay !== undefined && fact.measure.to > endDay) {
      issue(
        at('measure', 'to'),
        `day ${fact.measure.to} is after the record's end (day ${endDay}, ${record.end})`,
      );
    }
  });

  if (scenario) issues.push(...checkScripted(record, scenario));
  return issues;
}

function checkDate(
  event: RecordedEvent,
  record: PublicRecord,
  endDay: number | undefined,
  at: (...path: (string | number)[]) => (string | number)[],
  issue: (path: (string | number)[], message: string) => void,
) {
  const day = dayOf(record.epoch, event.date);
  if (day === undefined) {
    issue(at('date'), `"${event.date}" is not a date`);
  } else if (day !== event.day) {
    issue(
      at('date'),
      `${event.date} is day ${day} from the epoch ${record.epoch}, not day ${event.day}`,
    );
  }
  if (endDay !== undefined && event.day > endDay) {
    issue(at('day'), `day ${event.day} is after the record's end (day ${endDay}, ${record.end})`);
  }
}

/** Each scripted event needs an inject of its kind, by its actor (or naming it), on its day. */
function checkScripted(record: PublicRecord, scenario: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (record.scenario !== scenario.id) {
    issues.push({
      path: ['scenario'],
      message: `the record's scenario is "${record.scenario}", not "${scenario.id}"`,
    });
  }
  record.events.forEach((event, i) => {
    if (!event.scripted) return;
    const scripted = scenario.injects.some((inject) => {
      if (inject.day !== event.day || inject.type !== event.type) return false;
      if (inject.type === 'ceasefire') return inject.parties.includes(event.actor);
      return inject.from === event.actor;
    });
    if (!scripted) {
      issues.push({
        path: ['events', i, 'scripted'],
        message: `scenario "${scenario.id}" scripts no ${event.type} by ${event.actor} on day ${event.day}`,
      });
    }
  });
  return issues;
}
