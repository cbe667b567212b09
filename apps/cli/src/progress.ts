import cliProgress from 'cli-progress';
import type { OutputStream } from './io.js';

/** A progress display for a batch. */
export interface Progress {
  update(done: number): void;
  /** Removes the bar; call before anything else is written. */
  stop(): void;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

/** Speed is measured over the last few seconds, so start-up does not drag it down for long. */
const WINDOW_MS = 5000;

/**
 * A progress bar on stderr — runs done of the total, runs per second, time left — or nothing when
 * `enabled` is false (stderr not a terminal, or `--quiet`). `initial` runs were done before (a
 * resumed batch): they count toward the bar, not toward the speed.
 */
export function createProgress(options: {
  /** The stream it draws on (stderr). */
  stream: OutputStream;
  total: number;
  initial: number;
  enabled: boolean;
  label: string;
}): Progress {
  if (!options.enabled) return NONE;
  const samples: { at: number; done: number }[] = [{ at: Date.now(), done: options.initial }];
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: `${options.label} {bar} {percentage}% │ {value}/{total} runs │ {speed} runs/s │ {left} left`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, options.initial, { speed: '–', left: '–' });
  return {
    update(done) {
      const now = Date.now();
      samples.push({ at: now, done });
      while (samples.length > 2 && now - samples[1]!.at > WINDOW_MS) samples.shift();
      const first = samples[0]!;
      const seconds = (now - first.at) / 1000;
      const rate = seconds > 0.2 ? (done - first.done) / seconds : 0;
      bar.update(done, {
        speed: rate > 0 ? Math.round(rate).toLocaleString('en-US') : '–',
        left: rate > 0 ? formatDuration((options.total - done) / rate) : '–',
      });
    },
    stop() {
      bar.stop();
    },
  };
}

/** Seconds as `42s`, `3m05s` or `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
