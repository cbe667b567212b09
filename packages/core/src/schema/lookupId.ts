/**
 * The value a record holds under `id` as its own property, or undefined: never one of the
 * properties every JavaScript object inherits (`constructor`, `toString`, `__proto__`, …), so an
 * id from a user (`brink run constructor`) is simply unknown.
 *
 * @example
 * lookupId(scenarios, 'constructor'); // undefined
 */
export function lookupId<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
