import type { RunRecord } from '../run/runRecord.js';
import { RUNGS, type Rung } from '../schema/rungs.js';
import type { Pack } from '../schema/types.js';

/** How per-run records are written to a file: one line per run, after an optional header. */
export interface RecordCodec {
  format: 'ndjson' | 'csv';
  /** The first line of the file (with its newline), or '' when the format has none. */
  header: string;
  /** One run as one line, with its newline. */
  encode(record: RunRecord): string;
  /** One line (without its newline) back into a record; throws a message on a malformed line. */
  decode(line: string): RunRecord;
}

/** One JSON object per line: core's `RunRecord` exactly as `toRunRecord` builds it. */
export function ndjsonCodec(): RecordCodec {
  return {
    format: 'ndjson',
    header: '',
    encode: (record) => `${JSON.stringify(record)}\n`,
    decode: (line) => {
      const record = JSON.parse(line) as RunRecord;
      if (typeof record !== 'object' || record === null || !Number.isInteger(record.run)) {
        throw new Error('not a run record');
      }
      return record;
    },
  };
}

/**
 * A flat table: `run`, `attacks`, one 0/1 column per pack outcome (`outcome.<id>`), and per actor
 * its highest rung (`<actor>.highest`) and the first day it stood at each rung or higher
 * (`<actor>.first.<rung>`, empty when it never did); then, for a sampled batch, one column per
 * drawn value (`param.<field>`, in the order of `parameters`).
 */
export function csvCodec(pack: Pack, parameters: readonly string[] = []): RecordCodec {
  const outcomes = pack.outcomes.map((outcome) => outcome.id);
  const actors = pack.actors.map((actor) => actor.id);
  const columns = [
    'run',
    'attacks',
    ...outcomes.map((id) => `outcome.${id}`),
    ...actors.flatMap((id) => [`${id}.highest`, ...RUNGS.map((rung) => `${id}.first.${rung}`)]),
    ...parameters.map((name) => `param.${name}`),
  ];
  const perActor = 1 + RUNGS.length;
  return {
    format: 'csv',
    header: `${columns.join(',')}\n`,
    encode: (record) => {
      const cells: (string | number)[] = [record.run, record.attacks];
      for (const id of outcomes) cells.push(record.outcomes[id] ? 1 : 0);
      for (const id of actors) {
        cells.push(record.highest[id] ?? '');
        const first = record.firstDay[id] ?? {};
        for (const rung of RUNGS) cells.push(first[rung] ?? '');
      }
      for (const name of parameters) cells.push(record.parameters?.[name] ?? '');
      return `${cells.join(',')}\n`;
    },
    decode: (line) => {
      const cells = line.split(',');
      if (cells.length !== columns.length) {
        throw new Error(`${cells.length} columns, not ${columns.length}`);
      }
      const number = (text: string) => {
        if (!/^\d+$/.test(text)) throw new Error(`"${text}" is not a whole number`);
        return Number(text);
      };
      const record: RunRecord = {
        run: number(cells[0]!),
        highest: {},
        firstDay: {},
        outcomes: {},
        attacks: number(cells[1]!),
      };
      outcomes.forEach((id, i) => {
        record.outcomes[id] = cells[2 + i] === '1';
      });
      actors.forEach((id, a) => {
        const at = 2 + outcomes.length + a * perActor;
        record.highest[id] = cells[at] as Rung;
        const first: Partial<Record<Rung, number>> = {};
        RUNGS.forEach((rung, r) => {
          const cell = cells[at + 1 + r]!;
          if (cell !== '') first[rung] = number(cell);
        });
        record.firstDay[id] = first;
      });
      if (parameters.length > 0) {
        const at = 2 + outcomes.length + actors.length * perActor;
        record.parameters = {};
        parameters.forEach((name, p) => {
          const value = Number(cells[at + p]);
          if (cells[at + p] === '' || !Number.isFinite(value)) {
            throw new Error(`"${cells[at + p]}" is not a number (param.${name})`);
          }
          record.parameters![name] = value;
        });
      }
      return record;
    },
  };
}
