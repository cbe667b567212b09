/**
 * Starts a static server of `out/` (or `root`) on 127.0.0.1, below `base` (such as `/brink`) if
 * given; port 0 picks a free port. The URL it resolves to ends with the base path.
 */
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  base?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
