import type { InputHTMLAttributes, ReactNode } from 'react';
import { MAX_SEED } from '../lib/runParams';

/** What a form adds to one of the fields: its input's attributes, and what follows the input. */
export interface FieldExtras {
  /** Attributes of the input, such as `aria-invalid` and `aria-describedby`. */
  input?: InputHTMLAttributes<HTMLInputElement>;
  /** Shown after the input, inside its label: a hint, a problem. */
  after?: ReactNode;
}

/**
 * The runs and seed fields of a batch form (the batch, compare, sensitivity, hindcast and
 * explore pages), named `runs` and `seed` for the form's data, starting at the address's values.
 */
export function RunsAndSeedFields({
  runs,
  seed,
  maxRuns,
  runsLabel = 'Runs',
  runsExtras = {},
  seedExtras = {},
}: {
  runs: number;
  seed: number;
  maxRuns: number;
  /** What a run count means on the page: "Runs each", "Runs per value", "Runs (budget)". */
  runsLabel?: string;
  runsExtras?: FieldExtras;
  seedExtras?: FieldExtras;
}) {
  return (
    <>
      <label>
        {runsLabel}
        <input
          name="runs"
          type="number"
          min={1}
          max={maxRuns}
          step={1}
          required
          defaultValue={runs}
          {...runsExtras.input}
        />
        {runsExtras.after}
      </label>
      <label>
        Seed
        <input
          name="seed"
          type="number"
          min={0}
          max={MAX_SEED}
          step={1}
          required
          defaultValue={seed}
          {...seedExtras.input}
        />
        {seedExtras.after}
      </label>
    </>
  );
}
