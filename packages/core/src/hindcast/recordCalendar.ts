/**
 * Days from 1970-01-01 to a proleptic Gregorian date (month 1 to 12): Howard Hinnant's
 * `days_from_civil`, in integers, so no `Date` (and no clock or time zone) is involved.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days in a month (1 to 12) of a year of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** A `YYYY-MM-DD` date's year, month (1 to 12) and day, or undefined when no such date exists. */
function civilDate(date: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when no such date exists. */
export function dateDay(date: string): number | undefined {
  const civil = civilDate(date);
  return civil && daysFromCivil(civil.year, civil.month, civil.day);
}

/** Whole days from `epoch` to `date` (both `YYYY-MM-DD`); undefined when either is not a date. */
export function dayOf(epoch: string, date: string): number | undefined {
  const from = dateDay(epoch);
  const to = dateDay(date);
  if (from === undefined || to === undefined) return undefined;
  return to - from;
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
  const first = civilDate(epoch);
  const start = dateDay(epoch);
  const last = dateDay(end);
  if (!first || start === undefined || last === undefined) {
    throw new RangeError(`not a date range: ${epoch} to ${end}`);
  }
  const months: RecordMonth[] = [];
  let { year, month } = first;
  let cursor = start;
  while (cursor <= last) {
    const next = daysFromCivil(year, month, 1) + daysInMonth(year, month);
    months.push({
      month: `${year}-${String(month).padStart(2, '0')}`,
      fromDay: cursor - start,
      toDay: Math.min(next - 1, last) - start,
    });
    cursor = next;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
