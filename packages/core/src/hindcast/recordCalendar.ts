const DAY_MS = 86_400_000;

/** The UTC time of a `YYYY-MM-DD` date, or undefined when no such date exists. */
export function dateTime(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    return undefined;
  }
  return time;
}

/** Whole days from `epoch` to `date` (both `YYYY-MM-DD`); undefined when either is not a date. */
export function dayOf(epoch: string, date: string): number | undefined {
  const from = dateTime(epoch);
  const to = dateTime(date);
  if (from === undefined || to === undefined) return undefined;
  return Math.round((to - from) / DAY_MS);
}

/** One calendar month of a record, as a range of its days. */
export interface RecordMonth {
  /** `YYYY-MM`. */
  month: string;
  /** First and last day of the month within the record (inclusive), counted from its epoch. */
  fromDay: number;
  toDay: number;
}

/**
 * The calendar months from `epoch` to `end` (both `YYYY-MM-DD`), each as its range of record
 * days; the first and last are cut to the record. Throws a `RangeError` on dates that do not exist.
 *
 * @example
 * recordMonths('2023-10-07', '2023-11-02'); // [{ month: '2023-10', fromDay: 0, toDay: 24 }, { month: '2023-11', fromDay: 25, toDay: 26 }]
 */
export function recordMonths(epoch: string, end: string): RecordMonth[] {
  const start = dateTime(epoch);
  const last = dateTime(end);
  if (start === undefined || last === undefined) {
    throw new RangeError(`not a date range: ${epoch} to ${end}`);
  }
  const months: RecordMonth[] = [];
  let cursor = new Date(start);
  while (cursor.getTime() <= last) {
    const year = cursor.getUTCFullYear();
    const month = cursor.getUTCMonth();
    const next = Date.UTC(year, month + 1, 1);
    const monthEnd = Math.min(next - DAY_MS, last);
    months.push({
      month: `${year}-${String(month + 1).padStart(2, '0')}`,
      fromDay: Math.round((cursor.getTime() - start) / DAY_MS),
      toDay: Math.round((monthEnd - start) / DAY_MS),
    });
    cursor = new Date(next);
  }
  return months;
}
