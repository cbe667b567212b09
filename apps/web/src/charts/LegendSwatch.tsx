import type { ReactNode } from 'react';

/** A swatch of one of a chart's marks in an HTML key, drawn as the chart draws it (22 × 16). */
export function LegendSwatch({ children }: { children: ReactNode }) {
  return (
    <svg width={22} height={16} viewBox="0 0 22 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
