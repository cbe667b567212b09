import type { Pack } from '@brink/core';
import { nearestId } from '@brink/data';
import { usageError } from './errors.js';

/**
 * The actor ids given to `--actor` (repeated, space- or comma-separated), checked against the
 * pack; an unknown id is a usage error that suggests the nearest one and lists the known ids.
 */
export function resolveActors(pack: Pack, given: readonly string[]): string[] {
  const ids = pack.actors.map((actor) => actor.id);
  const wanted = given
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  for (const id of wanted) {
    if (!ids.includes(id)) throw unknownActor(id, ids);
  }
  return [...new Set(wanted)];
}

/** A usage error for an actor id the pack does not have. */
export function unknownActor(id: string, ids: readonly string[]) {
  const nearest = nearestId(id, ids);
  return usageError(
    `unknown actor "${id}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; actors: ${ids.join(', ')}`,
  );
}
