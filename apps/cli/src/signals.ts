/**
 * Calls `stop` on the first Ctrl-C (SIGINT) or SIGTERM, so a command can stop cleanly: flush what
 * is done, write its manifest, exit 130. A second signal exits at once. Returns a function that
 * removes the handlers.
 */
export function onInterrupt(stop: (signal: NodeJS.Signals) => void): () => void {
  let received = 0;
  const listener = (signal: NodeJS.Signals) => {
    received += 1;
    if (received > 1) {
      process.stderr.write('\nbrink: interrupted again; stopping now\n');
      process.exit(130);
    }
    stop(signal);
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
}
