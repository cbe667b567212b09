// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

/** The number of terminal columns a string takes, ignoring colour codes. */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Pads a (possibly coloured) string with spaces on the right to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

/** Pads a (possibly coloured) string with spaces on the left to `width` columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleLength(text))) + text;
}

/** Cuts plain text to `width` columns, ending with an ellipsis when it had to cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars
    .slice(0, Math.max(0, width - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * Wraps plain text to `width` columns at spaces: the first line starts with `first`, the others
 * with `rest` (a hanging indent). Words longer than a line stay whole.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (!empty && visibleLength(candidate) > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Joins parts with `separator` into as few lines of at most `width` columns as they fit in. */
export function joinWrapped(parts: readonly string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const candidate = line === '' ? part : `${line}${separator}${part}`;
    if (line !== '' && visibleLength(candidate) > width) {
      lines.push(line);
      line = part;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A column of a {@link table}. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Lays rows out in aligned columns separated by two spaces; cells may be coloured. The header
 * row is styled with `styleHeader`; trailing spaces are trimmed.
 */
export function table(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { indent?: string; styleHeader?: (text: string) => string } = {},
): string[] {
  const indent = options.indent ?? '';
  const style = options.styleHeader ?? ((text: string) => text);
  const widths = columns.map((column, c) =>
    Math.max(visibleLength(column.header), ...rows.map((row) => visibleLength(row[c] ?? ''))),
  );
  const render = (cells: readonly string[], header: boolean) =>
    indent +
    cells
      .map((cell, c) => {
        const width = widths[c] ?? 0;
        const text = columns[c]?.align === 'right' ? padStart(cell, width) : padEnd(cell, width);
        return header ? style(text) : text;
      })
      .join('  ')
      .trimEnd();
  return [
    render(
      columns.map((column) => column.header),
      true,
    ),
    ...rows.map((row) => render(row, false)),
  ];
}
