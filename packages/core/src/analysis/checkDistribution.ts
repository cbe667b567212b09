import { type Distribution, DistributionSchema } from '../schema/DistributionSchema.js';
import { ValidationError } from '../schema/ValidationError.js';
import { zodIssues } from '../schema/zodIssues.js';

/**
 * Returns `input` as a {@link Distribution}, or throws a {@link ValidationError} whose issues name
 * each bad field under `path` (e.g. `['params', 'resolve', 'range']` → `params.resolve.range.mode`).
 */
export function checkDistribution(
  input: unknown,
  path: readonly (string | number)[] = [],
): Distribution {
  const parsed = DistributionSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    'distribution',
    zodIssues(parsed.error).map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}
