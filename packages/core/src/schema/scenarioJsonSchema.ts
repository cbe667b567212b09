import { z } from 'zod';
import { ScenarioSchema } from './scenarioSchema.js';

/**
 * The JSON Schema of scenario files, generated from the zod schema (as the files are written,
 * before defaults), so editors can validate and autocomplete them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Brink scenario',
  };
}
