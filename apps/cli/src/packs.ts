import type { Pack } from '@brink/core';
import { lookupId } from '@brink/core/lookupId';
import { axisPack, nearestId } from '@brink/data';
import { inputError } from './errors.js';

/** The content packs the CLI ships, by id. */
export const packs: Readonly<Record<string, Pack>> = { [axisPack.id]: axisPack };

/** The pack with this id, or an input error suggesting the nearest id. */
export function getPack(id: string): Pack {
  const pack = lookupId(packs, id);
  if (pack) return pack;
  const ids = Object.keys(packs);
  const nearest = nearestId(id, ids);
  throw inputError(
    `unknown pack "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; packs: ${ids.join(', ')}`,
  );
}
