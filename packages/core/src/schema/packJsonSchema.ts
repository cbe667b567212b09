import { z } from 'zod';
import { PackSchema } from './packSchema.js';

/**
 * The JSON Schema of content packs, generated from the zod schema (as the files are written,
 * before defaults), so editors can validate and autocomplete a pack's fields, ranges included.
 * Checks zod runs in code (a range's bounds against its value, quotes against their source)
 * are not in it.
 */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PackSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Brink content pack',
  };
}
