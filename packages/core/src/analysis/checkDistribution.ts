import { type Distribution, DistributionSchema } from '../schema/DistributionSchema.js';
import { parseShape } from '../schema/parseShape.js';
import { ValidationError } from '../schema/ValidationError.js';

/**
 * Returns `input` as a {@link Distribution}, or throws a {@link ValidationError} whose issues name
 * each bad field under `path` (e.g. `['params', 'resolve', 'range']` → `params.resolve.range.mode`).
 */
export function checkDistribution(
  input: unknown,
  path: readonly (string | number)[] = [],
): Distribution {
  const parsed = parseShape(DistributionSchema, input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    'distribution',
    parsed.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}
