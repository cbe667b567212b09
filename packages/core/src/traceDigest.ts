import { rungIndex } from './rungs.js';
import type { Pack, Trace } from './types.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from './vocabulary.js';

/**
 * A 64-bit fingerprint of a run, fed day by day: the day's rungs, then each of its events in
 * order. Actors, means, target classes and channels are fed as indices (pack order, vocabulary
 * order), severities as their exact float bits, free text char by char. Used to prove that the
 * batch runner, which builds no trace, walks exactly the trajectory `simulate` records.
 */
export interface TraceHasher {
  /** Starts over, for the next run. */
  reset(): void;
  /** A day begins; `rungs` are ladder indices in pack order, after the day's decisions. */
  day(day: number, rungs: ArrayLike<number>): void;
  attack(
    from: number,
    to: number,
    means: number,
    target: number,
    severity: number,
    rung: number,
  ): void;
  support(from: number, to: number, channel: number): void;
  restrain(from: number, to: number): void;
  ceasefire(parties: readonly number[], days: number): void;
  statement(from: number, stance: string): void;
  /** The fingerprint so far, as 16 hex digits. */
  digest(): string;
}

/** A fresh `TraceHasher`. */
export function createTraceHasher(): TraceHasher {
  let a = 0;
  let b = 0;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const int = (value: number) => {
    a = Math.imul(a ^ value, 0x01000193);
    b = Math.imul(b ^ value, 0x5bd1e995);
    b ^= b >>> 15;
  };
  const hasher: TraceHasher = {
    reset() {
      a = 0x811c9dc5 | 0;
      b = 0x2545f491;
    },
    day(day, rungs) {
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
  hasher.reset();
  return hasher;
}

/**
 * The fingerprint of a trace (see `TraceHasher`): equal traces give equal digests, and a
 * difference in any day's rungs or events changes it (up to hash collisions).
 *
 * @example
 * traceDigest(simulate(pack, scenario, { seed: 1 }), pack); // '3f2a…'
 */
export function traceDigest(trace: Trace, pack: Pack): string {
  const ids = new Map(pack.actors.map((actor, index) => [actor.id, index]));
  const actor = (id: string) => ids.get(id) ?? -1;
  const hasher = createTraceHasher();
  const rungs = new Int32Array(pack.actors.length);
  for (const day of trace.days) {
    pack.actors.forEach((a, i) => {
      rungs[i] = rungIndex(day.rungs[a.id]!);
    });
    hasher.day(day.day, rungs);
    for (const event of day.events) {
      switch (event.type) {
        case 'attack':
          hasher.attack(
            actor(event.from),
            actor(event.to),
            MEANS.indexOf(event.means),
            TARGET_CLASSES.indexOf(event.target),
            event.severity,
            rungIndex(event.rung),
          );
          break;
        case 'support':
          hasher.support(actor(event.from), actor(event.to), CHANNELS.indexOf(event.channel));
          break;
        case 'restrain':
          hasher.restrain(actor(event.from), actor(event.to));
          break;
        case 'ceasefire':
          hasher.ceasefire(event.parties.map(actor), event.days);
          break;
        case 'statement':
          hasher.statement(actor(event.from), event.stance);
          break;
      }
    }
  }
  return hasher.digest();
}
