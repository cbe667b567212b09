'use client';

import { type FormEvent, useEffect, useId, useState } from 'react';
import { MAX_SEED } from '../lib/runParams';

/** What is wrong with a typed seed, or null when it is a seed. */
export function seedProblem(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= MAX_SEED) return null;
  return `A seed is a whole number from 0 to ${MAX_SEED}${trimmed === '' ? '' : `, not “${trimmed}”`}.`;
}

/** The seed of the run: another seed is another draw of the same scenario. */
export function SeedForm({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(seed));
  useEffect(() => setText(String(seed)), [seed]);
  const problem = seedProblem(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) onSeed(Number(text.trim()));
  };
  return (
    <form className="seed-form" onSubmit={submit}>
      <label>
        Seed{' '}
        <input
          type="text"
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          size={8}
        />
      </label>
      <button type="submit" disabled={Boolean(problem)}>
        Run
      </button>
      <button type="button" onClick={() => onSeed((seed + 1) % (MAX_SEED + 1))}>
        Next seed
      </button>
      {problem && (
        <span id={`${id}-problem`} className="field-error seed-problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
