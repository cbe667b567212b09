/**
 * Restraint that works (MODEL.md, "Sponsor restraint"): whether yesterday's attacks hold one that
 * makes a sponsor order its allies to stand down — an attack by one of the allies it reins in
 * (`of[from] === 1`) on one of the pack's risk actors (`risk[to] === 1`), on a target class its
 * order lists (`classes[class] === 1`), at `minSeverity` or more. The attacks are the first
 * `count` entries of the parallel arrays (attacker, victim, target class index, severity).
 */
export function ordersStandDown(
  of: Uint8Array,
  risk: Uint8Array,
  classes: Uint8Array,
  minSeverity: number,
  from: Int32Array,
  to: Int32Array,
  kind: Int32Array,
  severity: Float64Array,
  count: number,
): boolean {
  for (let k = 0; k < count; k++) {
    if (of[from[k]!] !== 1 || risk[to[k]!] !== 1) continue;
    if (classes[kind[k]!] === 1 && severity[k]! >= minSeverity) return true;
  }
  return false;
}
