/**
 * The largest seed: seeds are whole numbers from 0 to 2^53 − 1 (`Number.MAX_SAFE_INTEGER`), each
 * with its own streams, the same in Node, worker threads and the browser. The one seed domain of
 * the CLI, the web app and lessons, so any batch of one can be replayed in the other.
 */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;
