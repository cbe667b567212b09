import { nearestId, type PublicRecord, parseRecord } from '@brink/core';
import { axisPack } from './axisPack.js';
import { RECORD_YAML } from './generated/content.js';
import { scenarios } from './scenarios.js';

/**
 * The built-in public records, by id, each validated when loaded against the `axis-2023` pack and
 * its hindcast scenario (every scripted event scripted on its day).
 */
export const publicRecords: Readonly<Record<string, PublicRecord>> = Object.fromEntries(
  Object.entries(RECORD_YAML).map(([id, text]) => {
    const head = parseRecord(text);
    const scenario = scenarios[head.scenario];
    if (!scenario)
      throw new Error(`records/${id}.yaml names an unknown scenario "${head.scenario}"`);
    const record = parseRecord(text, { pack: axisPack, scenario });
    if (record.id !== id) throw new Error(`records/${id}.yaml declares id "${record.id}"`);
    return [id, record];
  }),
);

/** The YAML text of a built-in record, as shipped. */
export function recordSource(id: string): string | undefined {
  return RECORD_YAML[id];
}

/** The built-in record with this id. Throws an error naming the known ids, and the nearest one. */
export function getRecord(id: string): PublicRecord {
  const record = publicRecords[id];
  if (record) return record;
  const ids = Object.keys(publicRecords);
  const nearest = nearestId(id, ids);
  throw new Error(
    `unknown record "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; built-in: ${ids.join(', ')}`,
  );
}
