import { walkProvenance } from './checkPack.js';
import type { Pack, Provenance } from './types.js';

/**
 * The name of the pack field a provenance belongs to, as decisions name it: an actor's posture
 * fields under its id (`iran.ceiling`, `iran.redLines[0]`, `iran.params.solidarity`), world
 * settings under `world` (`world.noise`), outcomes under `outcomes.<id>`. `path` is the path
 * `walkProvenance` gives, ending in `provenance`.
 */
export function provenanceField(pack: Pack, path: readonly (string | number)[]): string {
  const parts = path.at(-1) === 'provenance' ? path.slice(0, -1) : path;
  const [root, index, ...rest] = parts;
  if (root === 'actors' && typeof index === 'number') {
    const inner = rest[0] === 'posture' ? rest.slice(1) : rest;
    return joinPath([pack.actors[index]!.id, ...inner]);
  }
  if (root === 'outcomes' && typeof index === 'number') {
    return joinPath(['outcomes', pack.outcomes[index]!.id, ...rest]);
  }
  return joinPath(parts);
}

/** Every sourced field of a pack, by its name (see `provenanceField`), in pack order. */
export function provenanceFields(pack: Pack): Map<string, Provenance> {
  const fields = new Map<string, Provenance>();
  walkProvenance(pack, (provenance, path) => {
    fields.set(provenanceField(pack, path), provenance);
  });
  return fields;
}

function joinPath(parts: readonly (string | number)[]): string {
  return parts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
