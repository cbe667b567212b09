import { checkScenario } from './checkScenario.js';
import { type ReadDocument, readDocument } from './readDocument.js';
import { ScenarioSchema } from './scenarioSchema.js';
import type { Pack, Scenario } from './types.js';
import { ValidationError } from './ValidationError.js';
import { locateIssue, zodIssues } from './zodIssues.js';

export interface ParseScenarioOptions {
  /** Also check the scenario against this pack: actor ids, ceilings of scripted attacks. */
  pack?: Pack;
}

/**
 * Validates a scenario given as YAML or JSON text, or as an object, and returns it typed with its
 * defaults filled in. Throws a `ValidationError` naming the path (and, for text, the line) of
 * every problem.
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
  const result = ScenarioSchema.safeParse(doc ? doc.value : input);
  if (!result.success) throw new ValidationError('scenario', zodIssues(result.error, doc));
  if (options.pack) {
    const issues = checkScenario(result.data, options.pack);
    if (issues.length > 0) {
      throw new ValidationError(
        'scenario',
        issues.map((issue) => locateIssue(issue, doc)),
      );
    }
  }
  return result.data;
}
