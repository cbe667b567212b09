import { LegendSwatch } from './LegendSwatch';
import { MeansGlyph } from './MeansGlyph';
import { COLOURS } from './theme';

const MEANS = ['rocket', 'drone', 'missile', 'airstrike', 'ground'] as const;

/** What the timeline's marks mean: its key, under the chart (HTML, so it wraps on a phone). */
export function TimelineLegend() {
  return (
    <ul className="chart-legend" aria-label="Key to the timeline" data-testid="timeline-legend">
      {MEANS.map((means) => (
        <li key={means}>
          <LegendSwatch>
            <MeansGlyph means={means} severity={0.5} left={11} top={8} fill={COLOURS.muted} />
          </LegendSwatch>
          {means}
        </li>
      ))}
      <li>
        <LegendSwatch>
          <line x1={2} x2={20} y1={8} y2={8} stroke={COLOURS.ink} strokeDasharray="3 3" />
        </LegendSwatch>
        ceiling
      </li>
      <li>
        <LegendSwatch>
          <path d="M6,4 h10 l-5,8 z" fill={COLOURS.ink} />
        </LegendSwatch>
        scripted event
      </li>
    </ul>
  );
}
