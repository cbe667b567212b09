import { sha256Hex } from '../schema/hash.js';
import type { LessonMeasure } from '../schema/types.js';
import { measureUnit } from './measureLesson.js';

/**
 * The result code's format, shared by `encodeResultCode` and `decodeResultCode`: its prefix, its
 * parts, its checksum and how finely it keeps each number (a share to 0.01 %, a day to 0.1, an
 * estimate to 0.01), written as base-36 counts of those steps.
 */
export const resultCodeFormat = {
  /** The first part of every code: the format and its version. */
  prefix: 'brk1',
  /** Prefix, lesson id, lesson version, prediction, figures, checksum. */
  parts: 6,
  /** Hex digits of the checksum. */
  checksumLength: 8,
  estimateScale: 100,
  /** The checksum of a code's text before its last dot: 8 hex digits of its sha256. */
  checksum(body: string): string {
    return sha256Hex(body).slice(0, 8);
  },
  /** A measure's scale in a code: shares of runs in ten-thousandths, days in tenths. */
  figureScale(measure: LessonMeasure): number {
    return measureUnit(measure) === 'day' ? 10 : 10_000;
  },
  /** A non-negative number as a base-36 count of `scale`ths. */
  write(value: number, scale: number): string {
    return Math.round(value * scale).toString(36);
  },
  /** A base-36 count of `scale`ths back to the number, or null when the text is not one. */
  read(text: string, scale: number): number | null {
    if (!/^[0-9a-z]{1,8}$/.test(text)) return null;
    return Number.parseInt(text, 36) / scale;
  },
} as const;
