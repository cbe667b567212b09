import { MAX_SEED } from '../lib/runParams';

/**
 * The runs and seed fields of a batch form (the batch, compare, sensitivity and hindcast
 * pages), named `runs` and `seed` for the form's data, starting at the address's values.
 */
export function RunsAndSeedFields({
  runs,
  seed,
  maxRuns,
  runsLabel = 'Runs',
}: {
  runs: number;
  seed: number;
  maxRuns: number;
  /** What a run count means on the page: "Runs each", "Runs per value". */
  runsLabel?: string;
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
        />
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
        />
      </label>
    </>
  );
}
