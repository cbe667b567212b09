import type { Pack } from '@brink/core';
import { shortName } from './actors';

/**
 * A ranged field's plain name for a chart or a table: `iran.params.riskAversion` → `Iran: risk
 * aversion`, `iran.power` → `Iran: power`, `world.noise` → `World: noise`. The field's own name
 * (`name`) stays the key, in links and exports.
 */
export function parameterName(name: string, pack: Pack): string {
  const dot = name.indexOf('.');
  const owner = name.slice(0, dot);
  const field = name
    .slice(dot + 1)
    .replace(/^params\./, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const actor = pack.actors.find((a) => a.id === owner);
  const who = actor ? shortName(actor.name) : owner.charAt(0).toUpperCase() + owner.slice(1);
  return `${who}: ${field}`;
}
