'use client';

import { useEffect } from 'react';
import { type PlaybackEvent, SPEEDS } from '../lib/playbackMachine';

export interface PlaybackControlsProps {
  day: number;
  horizon: number;
  playing: boolean;
  speed: number;
  send: (event: PlaybackEvent) => void;
  disabled?: boolean;
}

/**
 * Keys typed into these keep their own meaning: the player does not take them. A slider (the
 * day's) has no use for Space, so there Space still plays and pauses; its arrows move it.
 */
function isTyping(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement && target.type === 'range' && key === ' ') return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'SUMMARY'].includes(target.tagName)
  );
}

/**
 * Play/pause, a day back and forward, the day slider and the speed; space and the arrow keys
 * do the same from anywhere on the page that is not a control of its own.
 */
export function PlaybackControls({
  day,
  horizon,
  playing,
  speed,
  send,
  disabled,
}: PlaybackControlsProps) {
  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target, event.key))
        return;
      if (event.key === ' ') send({ type: 'TOGGLE' });
      else if (event.key === 'ArrowRight') send({ type: 'STEP', delta: 1 });
      else if (event.key === 'ArrowLeft') send({ type: 'STEP', delta: -1 });
      else if (event.key === 'Home') send({ type: 'SEEK', day: 0 });
      else if (event.key === 'End') send({ type: 'SEEK', day: horizon - 1 });
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [send, horizon, disabled]);

  return (
    <fieldset className="playback">
      <legend className="visually-hidden">Playback</legend>
      <button
        type="button"
        onClick={() => send({ type: 'STEP', delta: -1 })}
        disabled={disabled || day === 0}
        aria-label="One day back"
        title="One day back (←)"
      >
        ◀︎
      </button>
      <button
        type="button"
        className="play"
        onClick={() => send({ type: 'TOGGLE' })}
        disabled={disabled}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause (space)' : 'Play (space)'}
      >
        {playing ? '❚❚' : '▶︎'}
      </button>
      <button
        type="button"
        onClick={() => send({ type: 'STEP', delta: 1 })}
        disabled={disabled || day >= horizon - 1}
        aria-label="One day forward"
        title="One day forward (→)"
      >
        ▶︎❚
      </button>
      <label className="day-slider">
        <span className="visually-hidden">Day</span>
        <input
          type="range"
          min={0}
          max={horizon - 1}
          step={1}
          value={day}
          disabled={disabled}
          onChange={(event) => send({ type: 'SEEK', day: Number(event.target.value) })}
          aria-valuetext={`Day ${day} of ${horizon - 1}`}
        />
      </label>
      <output className="day-readout" aria-live="off" data-testid="day">
        Day <strong>{day}</strong> <span className="of">/ {horizon - 1}</span>
      </output>
      <label className="speed">
        Speed{' '}
        <select
          value={speed}
          disabled={disabled}
          onChange={(event) => send({ type: 'SPEED', speed: Number(event.target.value) })}
        >
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value} days/s
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
