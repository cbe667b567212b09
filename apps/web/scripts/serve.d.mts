/** Starts a static server of `out/` (or `root`) on 127.0.0.1; port 0 picks a free port. */
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
