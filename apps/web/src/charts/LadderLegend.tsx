import { LegendSwatch } from './LegendSwatch';
import { COLOURS, RED_LINE_COLOUR } from './theme';

/** What the ladder's marks mean: its key, under the chart (HTML, so it wraps on a phone). */
export function LadderLegend() {
  return (
    <ul className="chart-legend" aria-label="Key to the ladder" data-testid="ladder-legend">
      <li>
        <LegendSwatch>
          <circle cx={11} cy={8} r={6} fill={COLOURS.muted} stroke={COLOURS.ink} strokeWidth={2} />
        </LegendSwatch>
        the actor today (outlined: selected)
      </li>
      <li>
        <LegendSwatch>
          <rect x={6} y={0} width={10} height={16} rx={2} fill={COLOURS.muted} opacity={0.25} />
        </LegendSwatch>
        reachable by its own choice (floor to ceiling)
      </li>
      <li>
        <LegendSwatch>
          <line x1={2} x2={20} y1={8} y2={8} stroke={COLOURS.ink} strokeWidth={3} />
        </LegendSwatch>
        ceiling
      </li>
      <li>
        <LegendSwatch>
          <defs>
            <pattern id="legend-gated" width={6} height={6} patternUnits="userSpaceOnUse">
              <path d="M0,6 l6,-6" stroke={RED_LINE_COLOUR} strokeWidth={1} />
            </pattern>
          </defs>
          <rect
            x={6}
            y={1}
            width={10}
            height={14}
            rx={2}
            fill="url(#legend-gated)"
            stroke={RED_LINE_COLOUR}
            strokeDasharray="2 2"
          />
        </LegendSwatch>
        opened only by a red line
      </li>
      <li>
        <LegendSwatch>
          <path d="M6,8 l5,-5 l5,5 l-5,5 z" fill={RED_LINE_COLOUR} />
        </LegendSwatch>
        where a red line lifts the ceiling
      </li>
      <li>
        <LegendSwatch>
          <line x1={2} x2={20} y1={8} y2={8} stroke={RED_LINE_COLOUR} strokeWidth={3} />
        </LegendSwatch>
        a red line in force: the lifted ceiling
      </li>
    </ul>
  );
}
