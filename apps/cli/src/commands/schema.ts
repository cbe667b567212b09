import { Command } from 'commander';

/** `brink schema`: the JSON Schema of scenario files. */
export function schemaCommand(): Command {
  return new Command('schema')
    .summary('print the JSON Schema of scenario files')
    .description(
      'Print the JSON Schema of scenario files (draft 2020-12), generated from the engine’s own schema, so editors can validate and autocomplete scenarios.',
    )
    .addHelpText(
      'after',
      `
Examples:
  brink schema > scenario.schema.json
  # then, first line of a YAML scenario:
  # yaml-language-server: $schema=./scenario.schema.json`,
    )
    .action(async () => {
      const { scenarioJsonSchema } = await import('@brink/core');
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
