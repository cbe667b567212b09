import { type Actor, applyOverrides, type Pack, type Scenario } from '@brink/core';
import { actorColour } from '../charts/theme';

/** An actor as the charts draw it: its posture with the scenario's overrides, and its colour. */
export interface ActorView {
  id: string;
  name: string;
  bloc: string;
  colour: string;
  actor: Actor;
}

/** The pack's actors, in pack order, with the scenario's overrides applied. */
export function actorViews(pack: Pack, scenario: Scenario): ActorView[] {
  return pack.actors.map((original, index) => {
    const actor = applyOverrides(original, scenario);
    return { id: actor.id, name: actor.name, bloc: actor.bloc, colour: actorColour(index), actor };
  });
}

/** A short name for tight labels: the part before any parenthesis. */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}
