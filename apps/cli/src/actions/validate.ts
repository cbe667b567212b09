import { formatCount, ValidationError } from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { formatFileIssues, readScenarioFile } from '../loadScenario.js';

/** What `brink validate` does, once its arguments are parsed. */
export function validateAction(files: readonly string[], ctx: Context): void {
  let invalid = 0;
  for (const file of files) {
    try {
      const { scenario } = readScenarioFile(file);
      ctx.out(
        `${file}: ${ctx.color.green('ok')} ${ctx.color.dim(`(${scenario.id}, ${scenario.horizon} days)`)}\n`,
      );
    } catch (error) {
      invalid += 1;
      if (error instanceof CliError && error.cause instanceof ValidationError) {
        for (const line of formatFileIssues(file, error.cause)) ctx.out(`${line}\n`);
      } else if (error instanceof CliError) {
        ctx.out(`${file}: ${error.message}\n`);
      } else {
        throw error;
      }
    }
  }
  if (invalid > 0) {
    throw new CliError(`${invalid} of ${formatCount(files.length, 'file')} invalid`, EXIT.invalid);
  }
}
