/**
 * Coercion (MODEL.md, "Coercion: struck hard, an actor can step down"): the chance, 0..1, that
 * an actor struck yesterday by a stronger adversary yields today, (1 − resolve) × s(punishment),
 * where `punishment` (≥ 0) is its remembered damage weighted by each attacker's firepower gap
 * over it and s(x) = x ÷ (1 + x). 0 for a resolve of 1 or no punishment.
 *
 * @example
 * yieldChance(0.8, 1); // (1 − 0.8) × 1/2 = 0.1
 */
export function yieldChance(resolve: number, punishment: number): number {
  if (resolve >= 1 || punishment <= 0) return 0;
  return (1 - resolve) * (punishment / (1 + punishment));
}
