import { LegendSwatch } from './LegendSwatch';
import { CHANNEL_DASH } from './NetworkChart';
import { COLOURS } from './theme';

/** What the network's lines mean: its key, under the chart (HTML, so it wraps on a phone). */
export function NetworkLegend() {
  return (
    <ul className="chart-legend" aria-label="Key to the network" data-testid="network-legend">
      {(['political', 'material', 'indirect'] as const).map((channel) => (
        <li key={channel}>
          <LegendSwatch>
            <line
              x1={1}
              x2={21}
              y1={8}
              y2={8}
              stroke={COLOURS.muted}
              strokeWidth={2}
              strokeDasharray={CHANNEL_DASH[channel] || undefined}
            />
          </LegendSwatch>
          {channel} support (in the sponsor’s colour when used today)
        </li>
      ))}
      <li>
        <LegendSwatch>
          <line
            x1={1}
            x2={21}
            y1={8}
            y2={8}
            stroke={COLOURS.muted}
            strokeWidth={2}
            strokeDasharray="1 3"
          />
        </LegendSwatch>
        reined in today
      </li>
      <li>
        <LegendSwatch>
          <line x1={1} x2={12} y1={8} y2={8} stroke={COLOURS.ink} strokeWidth={3} />
          <path d="M12,3 L21,8 L12,13 z" fill={COLOURS.ink} />
        </LegendSwatch>
        today’s attacks (thicker: heavier)
      </li>
    </ul>
  );
}
