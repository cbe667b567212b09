import pc from 'picocolors';

/** The colour functions a command writes with; identity functions when colour is off. */
export type Palette = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour what goes to a stream: only on a terminal, never with `NO_COLOR` set (any
 * non-empty value) or `--no-color`, never on a dumb terminal; `FORCE_COLOR` (not `0`) forces it.
 */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  flag: boolean,
): boolean {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0')
    return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A palette that colours when `enabled`. */
export function createPalette(enabled: boolean): Palette {
  return pc.createColors(enabled);
}
