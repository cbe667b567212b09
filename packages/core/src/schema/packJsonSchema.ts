import { z } from 'zod';
import { PackSchema, SourceSchema } from './packSchema.js';

/**
 * The JSON Schema of pack files, generated from the zod schema (as the files are written, before
 * defaults), so editors can validate and autocomplete them: outcome conditions and provenance
 * kinds and ranges included. A source's `paragraphs` may be left out of the file, as the loader reads them
 * from the source's text and checks them against `sha256`. Checks made in code (a range's
 * bounds against its value, quotes against their source) are not in it.
 */
export function packJsonSchema(): Record<string, unknown> {
  const fileSource = SourceSchema.extend({ paragraphs: SourceSchema.shape.paragraphs.optional() });
  const filePack = PackSchema.extend({ sources: z.array(fileSource).min(1) });
  return {
    ...z.toJSONSchema(filePack, { io: 'input', target: 'draft-2020-12' }),
    title: 'Brink content pack',
  };
}
