import { checkScenario } from './checkScenario.js';
import { parseShape } from './parseShape.js';
import { type ReadDocument, readDocument } from './readDocument.js';
import { scenarioParts } from './scenarioParts.js';
import { ScenarioSchema } from './scenarioSchema.js';
import type { Pack, Scenario } from './types.js';
import { ValidationError, type ValidationIssue } from './ValidationError.js';
import { locateIssue } from './zodIssues.js';

export interface ParseScenarioOptions {
  /** Also check the scenario against this pack: actor ids, ceilings of scripted attacks. */
  pack?: Pack;
}

/**
 * Validates a scenario given as YAML or JSON text, or as an object, and returns it typed with its
 * defaults filled in. Throws a `ValidationError` naming the path (and, for text, the line and
 * column) of every problem, in one pass: the schema's, and the pack's on the parts that passed the
 * schema, in the order they occur in the file.
 *
 * @example
 * const scenario = parseScenario(readFileSync('what-if.yaml', 'utf8'), { pack: axisPack });
 */
export function parseScenario(
  input: string | unknown,
  options: ParseScenarioOptions = {},
): Scenario {
  const doc: ReadDocument | undefined =
    typeof input === 'string' ? readDocument(input, 'scenario') : undefined;
  const value = doc ? doc.value : input;
  const result = parseShape(ScenarioSchema, value, doc);
  const issues: ValidationIssue[] = result.success ? [] : result.issues;
  if (options.pack) {
    const parts = result.success ? result.data : scenarioParts(value);
    issues.push(...checkScenario(parts, options.pack).map((issue) => locateIssue(issue, doc)));
  }
  if (issues.length > 0) throw new ValidationError('scenario', inFileOrder(issues));
  // Every issue is reported above, so a scenario that reaches here passed the schema.
  return (result as { data: Scenario }).data;
}

/** Issues ordered by line and column when located (stable otherwise): as the file reads. */
function inFileOrder(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.some((issue) => issue.line === undefined)) return issues;
  return [...issues].sort((a, b) => a.line! - b.line! || (a.col ?? 0) - (b.col ?? 0));
}
