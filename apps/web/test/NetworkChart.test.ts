import { describe, expect, it } from 'vitest';
import { edgePath } from '../src/charts/NetworkChart';

/** The numbers of a path `M x,y Q cx,cy ex,ey`. */
const numbers = (d: string) => (d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);

describe('NetworkChart edgePath', () => {
  const cases = [
    { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, bow: 0.2 },
    { a: { x: 40, y: 200 }, b: { x: 420, y: 30 }, bow: 0.2 },
    { a: { x: 500, y: 80 }, b: { x: 60, y: 260 }, bow: -0.12 },
  ];

  it.each(cases)(
    'ends an arrow on the target’s boundary, short of its labels (%o)',
    ({ a, b, bow }) => {
      const radius = 16;
      const head = 18;
      const { d, tip } = edgePath(a, b, bow, radius, head);
      const [sx, sy, cx, cy, ex, ey] = numbers(d) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      // It leaves the source at its boundary.
      expect(Math.hypot(sx - a.x, sy - a.y)).toBeCloseTo(radius, 6);
      // The arrowhead, drawn from the end along the curve's last direction, reaches the tip...
      const last = Math.hypot(ex - cx, ey - cy);
      expect(ex + ((ex - cx) / last) * head).toBeCloseTo(tip.x, 6);
      expect(ey + ((ey - cy) / last) * head).toBeCloseTo(tip.y, 6);
      // ...which touches the target's circle and stops before its labels (6 units off it).
      const reach = Math.hypot(tip.x - b.x, tip.y - b.y);
      expect(reach).toBeGreaterThanOrEqual(radius);
      expect(reach).toBeLessThan(radius + 6);
    },
  );

  it('ends a line without an arrowhead just off the target’s boundary', () => {
    const { d } = edgePath({ x: 0, y: 0 }, { x: 200, y: 100 }, 0.12, 12);
    const [, , , , ex, ey] = numbers(d) as number[];
    expect(Math.hypot(ex! - 200, ey! - 100)).toBeCloseTo(16, 6);
  });
});
