import type { PublicRecord } from '@brink/core';
import { lookupId } from '@brink/core/lookupId';
import { nearestId } from '@brink/core/nearestId';
import { RECORD_YAML, RECORDS } from './generated/content.js';

/**
 * The built-in public records, by id, each checked by core's `parseRecord` when the package was
 * built, against the `axis-2023` pack and its hindcast scenario (every scripted event scripted on
 * its day).
 */
export const publicRecords: Readonly<Record<string, PublicRecord>> = RECORDS;

/**
 * The id of the record a hindcast scores against when none is named (`brink hindcast`, the web's
 * hindcast page) and the one the web's source view cites: the record of Oct 2023 to Jun 2025.
 */
export const DEFAULT_RECORD_ID = 'axis-2023-2025';

/** The YAML text of a built-in record, as shipped. */
export function recordSource(id: string): string | undefined {
  return lookupId(RECORD_YAML, id);
}

/** The built-in record with this id. Throws an error naming the known ids, and the nearest one. */
export function getRecord(id: string): PublicRecord {
  const record = lookupId(publicRecords, id);
  if (record) return record;
  const ids = Object.keys(publicRecords);
  const nearest = nearestId(id, ids);
  throw new Error(
    `unknown record "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; built-in: ${ids.join(', ')}`,
  );
}
