'use client';

import type { Rung } from '@brink/core';
import { type ActorView, shortName } from '../lib/actors';

/** The actor the why panel (and the state machine view) is about. */
export function ActorPicker({
  actors,
  selected,
  rungs,
  onSelect,
}: {
  actors: readonly ActorView[];
  selected: string;
  rungs: Record<string, Rung> | null;
  onSelect: (actor: string) => void;
}) {
  return (
    <fieldset className="actor-picker">
      <legend>Actor</legend>
      {actors.map((actor) => (
        <button
          key={actor.id}
          type="button"
          aria-pressed={actor.id === selected}
          onClick={() => onSelect(actor.id)}
          data-actor={actor.id}
        >
          <span className="swatch" style={{ background: actor.colour }} aria-hidden="true" />
          {shortName(actor.name)}
          {rungs && <span className="actor-rung">{rungs[actor.id]}</span>}
        </button>
      ))}
    </fieldset>
  );
}
