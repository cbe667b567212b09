/** One problem found in input data, located by its path and, for text input, its line. */
export interface ValidationIssue {
  /** Path into the document, e.g. `['injects', 2, 'severity']`. */
  path: (string | number)[];
  message: string;
  /** 1-based line and column in the text the document was read from, when known. */
  line?: number;
  col?: number;
}

/** Renders a path the way people write it: `injects[2].severity`; `(root)` for the document. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Renders one issue as `line:col path: message`, or `path: message` when no line is known. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line === undefined ? '' : `${issue.line}:${issue.col ?? 1} `;
  return `${where}${formatPath(issue.path)}: ${issue.message}`;
}

/** Input that does not describe a valid pack or scenario; `issues` names every problem found. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: ValidationIssue[];

  constructor(what: string, issues: ValidationIssue[]) {
    super(`invalid ${what}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.issues = issues;
  }
}
