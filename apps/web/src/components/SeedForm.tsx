'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { MAX_SEED } from '../lib/runParams';

/** The seed of the run: another seed is another draw of the same scenario. */
export function SeedForm({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const [text, setText] = useState(String(seed));
  useEffect(() => setText(String(seed)), [seed]);
  const valid = /^\d+$/.test(text) && Number(text) <= MAX_SEED;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSeed(Number(text));
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
          aria-invalid={!valid}
          size={8}
        />
      </label>
      <button type="submit" disabled={!valid}>
        Run
      </button>
      <button type="button" onClick={() => onSeed((seed + 1) % (MAX_SEED + 1))}>
        Next seed
      </button>
    </form>
  );
}
