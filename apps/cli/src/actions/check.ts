import { checkModel, type MachineCheck, RUNGS } from '@brink/core';
import type { Context } from '../context.js';
import { inputError } from '../errors.js';
import { paintRung } from '../format/rungStyle.js';
import { type Column, table } from '../format/text.js';
import { getPack } from '../packs.js';

/** The options of `brink check`, as commander parses them. */
export interface CheckOptions {
  pack: string;
  json?: boolean;
}

/** What `brink check` does, once its arguments are parsed. */
export function checkAction(options: CheckOptions, ctx: Context): void {
  const pack = getPack(options.pack);
  const checks = checkModel(pack);
  const failed = checks.filter((check) => check.problems.length > 0);
  if (options.json) {
    ctx.out(`${JSON.stringify(checks, null, 2)}\n`);
  } else {
    ctx.out(`${renderChecks(checks, pack.id, pack.version, ctx).join('\n')}\n`);
  }
  if (failed.length > 0) {
    throw inputError(
      `model check failed: ${failed.map((check) => `${check.actor} (${check.problems.length})`).join(', ')}`,
    );
  }
}

function renderChecks(
  checks: readonly MachineCheck[],
  packId: string,
  version: string,
  ctx: Context,
) {
  const { color } = ctx;
  const ladder = (rungs: readonly string[], gated: readonly string[]) =>
    RUNGS.map((rung) => {
      if (gated.includes(rung)) return color.magenta('!');
      return rungs.includes(rung) ? paintRung(rung, '●', color) : color.dim('·');
    }).join('');
  const columns: Column[] = [
    { header: 'actor' },
    { header: 'ceiling' },
    { header: 'ladder' },
    { header: 'without a red line' },
    { header: 'only behind a red line' },
    { header: 'check' },
  ];
  const rows = checks.map((check) => {
    const behind = check.reachableWithRedLines.filter((rung) => !check.reachable.includes(rung));
    return [
      check.actor,
      check.ceiling,
      ladder(check.reachable, behind),
      `${check.reachable[0]} … ${check.reachable.at(-1)}`,
      behind.length > 0 ? behind.join(', ') : color.dim('—'),
      check.problems.length === 0
        ? color.green('✓ holds')
        : color.red(`✗ ${check.problems.length} problem(s)`),
    ];
  });
  const lines = [
    color.bold(
      `Model check of pack ${packId} ${version}: each actor's machine against its posture`,
    ),
    '',
    ...table(columns, rows, { indent: '  ', styleHeader: color.dim }),
    '',
    color.dim(
      `  ladder: ${RUNGS.join(' ')} from left to right; ● reachable  ! only behind a red line  · never`,
    ),
  ];
  for (const check of checks) {
    for (const problem of check.problems) lines.push(color.red(`  ✗ ${check.actor}: ${problem}`));
  }
  const ok = checks.every((check) => check.problems.length === 0);
  lines.push(
    ok
      ? color.green(
          `  ✓ every machine keeps its posture: no rung above a ceiling is reachable without a red line`,
        )
      : color.red(
          `  ✗ ${checks.filter((check) => check.problems.length > 0).length} machine(s) contradict their posture`,
        ),
  );
  return lines;
}
