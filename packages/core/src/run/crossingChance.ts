/**
 * The chance that an attack of `severity` crosses a red line (MODEL.md, "Graded red lines"):
 * sure from `minSeverity` on for a sharp line (spread 0); for a graded one, none at or below
 * `minSeverity − spread`, sure at or above `minSeverity + spread`, and in between
 * (severity − (minSeverity − spread)) ÷ (2 × spread).
 */
export function crossingChance(severity: number, minSeverity: number, spread: number): number {
  if (spread <= 0) return severity >= minSeverity ? 1 : 0;
  const low = minSeverity - spread;
  if (severity <= low) return 0;
  if (severity >= minSeverity + spread) return 1;
  return (severity - low) / (2 * spread);
}
