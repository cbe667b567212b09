import type { RunObserver } from './RunObserver.js';

/** An observer that fingerprints a run's trajectory. */
export interface TrajectoryHash extends RunObserver {
  /** The fingerprint of the run so far, as 16 hex digits. */
  digest(): string;
}

/**
 * A 64-bit fingerprint of a run, fed day by day: the day's rungs, then each of its events in
 * order. Actors, means, target classes and channels are fed as indices (pack order, vocabulary
 * order), severities as their exact float bits, free text char by char. Equal trajectories give
 * equal digests, and a difference in any day's rungs or events changes it (up to collisions).
 * Used to compare runs of two engines without keeping their traces (`traceDigest` replays a
 * trace into it).
 */
export function createTrajectoryHash(): TrajectoryHash {
  let a = 0;
  let b = 0;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const int = (value: number) => {
    a = Math.imul(a ^ value, 0x01000193);
    b = Math.imul(b ^ value, 0x5bd1e995);
    b ^= b >>> 15;
  };
  const reset = () => {
    a = 0x811c9dc5 | 0;
    b = 0x2545f491;
  };
  reset();
  return {
    startRun: reset,
    rungs(day, rungs) {
      int(0x7fff0000 | 0);
      int(day);
      for (let i = 0; i < rungs.length; i++) int(rungs[i]!);
    },
    attack(from, to, means, target, severity, rung) {
      int(1);
      int(from);
      int(to);
      int(means);
      int(target);
      bits[0] = severity;
      int(words[0]!);
      int(words[1]!);
      int(rung);
    },
    support(from, to, channel) {
      int(2);
      int(from);
      int(to);
      int(channel);
    },
    restrain(from, to) {
      int(3);
      int(from);
      int(to);
    },
    ceasefire(parties, days) {
      int(4);
      int(days);
      int(parties.length);
      for (const party of parties) int(party);
    },
    statement(from, stance) {
      int(5);
      int(from);
      int(stance.length);
      for (let i = 0; i < stance.length; i++) int(stance.charCodeAt(i));
    },
    digest() {
      const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
      return (
        hex(Math.imul(a ^ (a >>> 16), 0x85ebca6b)) + hex(Math.imul(b ^ (b >>> 13), 0xc2b2ae35))
      );
    },
  };
}
