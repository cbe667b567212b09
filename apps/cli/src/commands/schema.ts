import { Command } from 'commander';
import type { Io } from '../io.js';

/** `brink schema`: the JSON Schema of scenario files, or with `--pack` of pack files. */
export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .summary('print the JSON Schema of scenario (or pack) files')
    .description(
      'Print the JSON Schema of scenario files (draft 2020-12), generated from the engine’s own schema, so editors can validate and autocomplete scenarios. With --pack, the schema of content pack files: actors’ postures, outcome conditions (reach, attack, exchange, simultaneous, rate, daysAt, stepDown, pause) and provenance kinds (stated, inferred, recorded, assumption).',
    )
    .option('--pack', 'the JSON Schema of content packs instead (fields, provenance and ranges)')
    .addHelpText(
      'after',
      `
Examples:
  brink schema > scenario.schema.json
  # then, first line of a YAML scenario:
  # yaml-language-server: $schema=./scenario.schema.json
  brink schema --pack > pack.schema.json`,
    )
    .action(async (options: { pack?: boolean }) => {
      const { packJsonSchema, scenarioJsonSchema } = await import('@brink/core');
      const schema = options.pack ? packJsonSchema() : scenarioJsonSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
