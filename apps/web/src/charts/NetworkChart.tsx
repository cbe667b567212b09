'use client';

import { agree, type Channel, formatCount, type Trace } from '@brink/core';
import { Group } from '@visx/group';
import { scalePoint } from '@visx/scale';
import { useMemo } from 'react';
import { type ActorView, shortName } from '../lib/actors';
import { COLOURS } from './theme';

// Accessors
const blocOf = (actor: ActorView) => actor.bloc;
const supportsOf = (actor: ActorView) => actor.actor.posture.supports;
const isSponsor = (actor: ActorView, bloc: readonly ActorView[]) =>
  supportsOf(actor).some((support) => bloc.some((member) => member.id === support.to));

const MARGIN = { top: 22, right: 110, bottom: 18, left: 110 };
/** Dash of a support line by its strongest channel (NetworkLegend shows them). */
export const CHANNEL_DASH: Record<Channel, string> = {
  political: '2 4',
  material: '7 4',
  indirect: '',
};

interface Node {
  actor: ActorView;
  x: number;
  y: number;
  /** Which side its label goes: away from the lines that meet it. */
  labelSide: -1 | 1;
}

interface Edge {
  from: string;
  to: string;
  severity: number;
  count: number;
  means: string[];
}

export interface NetworkChartProps {
  width: number;
  height: number;
  trace: Trace;
  actors: readonly ActorView[];
  day: number;
  selected: string;
  onSelect: (actor: string) => void;
}

type Point = { x: number; y: number };

/**
 * A curved edge from node a to node b, both of `radius`, bowing to the right of the direction
 * of travel by `bow` of its length. It leaves a at a's boundary and, when `head` (the length of
 * an arrowhead drawn from its end) is given, stops `head` short of b's boundary along its own
 * last direction, so the arrowhead's tip (`tip`) touches b's boundary, never the labels beside
 * b. `head` 0: the edge ends 4 units off b's boundary.
 */
export function edgePath(
  a: Point,
  b: Point,
  bow: number,
  radius: number,
  head = 0,
): { d: string; tip: Point } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (a.x + b.x) / 2 - (dy / length) * bow * length,
    y: (a.y + b.y) / 2 + (dx / length) * bow * length,
  };
  const towards = (from: Point, to: Point) => {
    const size = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: (to.x - from.x) / size, y: (to.y - from.y) / size };
  };
  const out = towards(a, control);
  const into = towards(control, b);
  const gap = head > 0 ? 1 : 4;
  const start = { x: a.x + out.x * radius, y: a.y + out.y * radius };
  const tip = { x: b.x - into.x * (radius + gap), y: b.y - into.y * (radius + gap) };
  // The curve's last direction is from the control point to its end: along `into`, so the
  // arrowhead drawn from the end along it lands on `tip`.
  const end = { x: tip.x - into.x * head, y: tip.y - into.y * head };
  return {
    d: `M${start.x},${start.y} Q${control.x},${control.y} ${end.x},${end.y}`,
    tip,
  };
}

/** An attack arrow's stroke width and its arrowhead's length, from the heaviest strike. */
function attackStroke(severity: number): { width: number; head: number } {
  const width = 1.5 + 6 * severity;
  return { width, head: 7 + 1.5 * width };
}

/**
 * The actors as nodes, one column per bloc (the Axis apart from its adversaries); sponsor → ally
 * support channels as thin lines (dash by channel, solid when used today); the day's attacks as
 * arrows in the attacker's colour, as thick as the heaviest strike. Its key is NetworkLegend, in
 * HTML under it, so it wraps on a phone.
 */
export function NetworkChart({
  width,
  height,
  trace,
  actors,
  day,
  selected,
  onSelect,
}: NetworkChartProps) {
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const blocs = useMemo(() => [...new Set(actors.map(blocOf))], [actors]);
  const columnScale = useMemo(
    () => scalePoint<string>({ domain: blocs, range: [0, innerWidth], padding: 0.3 }),
    [blocs, innerWidth],
  );
  // Each bloc in two columns: its sponsors (actors that support others) on the outside, the rest
  // facing the other bloc, so support fans out from sponsors and attacks cross the middle.
  const nodes = useMemo(() => {
    const byId = new Map<string, Node>();
    const gap = Math.min(180, innerWidth * 0.22);
    blocs.forEach((bloc, b) => {
      const outward = b === 0 ? -1 : 1;
      const members = actors.filter((actor) => blocOf(actor) === bloc);
      const sponsors = members.filter((actor) => isSponsor(actor, members));
      const others = members.filter((actor) => !sponsors.includes(actor));
      const place = (list: readonly ActorView[], x: number, labelSide: -1 | 1) => {
        const rowScale = scalePoint<string>({
          domain: list.map((actor) => actor.id),
          range: [0, innerHeight],
          padding: 0.5,
        });
        for (const actor of list)
          byId.set(actor.id, { actor, x, y: rowScale(actor.id) ?? 0, labelSide });
      };
      const centre = columnScale(bloc) ?? 0;
      if (sponsors.length === 0 || others.length === 0) place(members, centre, outward);
      else {
        place(sponsors, centre + (outward * gap) / 2, outward);
        place(others, centre - (outward * gap) / 2, outward === -1 ? 1 : -1);
      }
    });
    return byId;
  }, [actors, blocs, columnScale, innerHeight, innerWidth]);

  const today = trace.days[day];
  const attacks = useMemo(() => {
    const edges = new Map<string, Edge>();
    for (const event of today?.events ?? []) {
      if (event.type !== 'attack') continue;
      const key = `${event.from}>${event.to}`;
      const edge = edges.get(key) ?? {
        from: event.from,
        to: event.to,
        severity: 0,
        count: 0,
        means: [],
      };
      edge.severity = Math.max(edge.severity, event.severity);
      edge.count++;
      if (!edge.means.includes(event.means)) edge.means.push(event.means);
      edges.set(key, edge);
    }
    return [...edges.values()];
  }, [today]);
  const supportedToday = new Set(
    (today?.events ?? []).flatMap((event) =>
      event.type === 'support' ? [`${event.from}>${event.to}>${event.channel}`] : [],
    ),
  );
  const restrainedToday = (today?.events ?? []).flatMap((event) =>
    event.type === 'restrain' ? [event] : [],
  );
  const rungs = today?.rungs ?? {};
  const radius = Math.max(10, Math.min(20, innerHeight / 14));

  const description = `Day ${day}. ${
    attacks.length === 0
      ? 'No attacks.'
      : `Attacks: ${attacks.map((edge) => `${edge.from} on ${edge.to} (${edge.count}, ${edge.means.join('/')}, heaviest ${edge.severity.toFixed(2)})`).join('; ')}.`
  } Support used today: ${supportedToday.size === 0 ? 'none' : [...supportedToday].map((s) => s.replaceAll('>', ' → ')).join('; ')}.`;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="network-title network-desc"
      data-testid="network"
    >
      <title id="network-title">Network on day {day}</title>
      <desc id="network-desc">{description}</desc>
      <defs>
        {attacks.map((edge) => {
          const attacker = nodes.get(edge.from)?.actor;
          const { head } = attackStroke(edge.severity);
          return (
            <marker
              key={`${edge.from}>${edge.to}`}
              id={`arrow-${edge.from}-${edge.to}`}
              viewBox="0 0 10 10"
              refX={0}
              refY={5}
              markerUnits="userSpaceOnUse"
              markerWidth={head}
              markerHeight={head}
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={attacker?.colour ?? COLOURS.ink} />
            </marker>
          );
        })}
      </defs>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {blocs.map((bloc) => (
          <text
            key={bloc}
            x={columnScale(bloc)}
            y={-8}
            textAnchor="middle"
            fontSize={11}
            fill={COLOURS.muted}
            style={{ textTransform: 'uppercase', letterSpacing: '0.06em' }}
          >
            {bloc}
          </text>
        ))}
        {actors.flatMap((sponsor) =>
          supportsOf(sponsor).flatMap((support) => {
            const a = nodes.get(sponsor.id);
            const b = nodes.get(support.to);
            if (!a || !b) return [];
            const used = support.channels.filter((channel) =>
              supportedToday.has(`${sponsor.id}>${support.to}>${channel}`),
            );
            const strongest = (['indirect', 'material', 'political'] as const).find((c) =>
              support.channels.includes(c),
            )!;
            return [
              <path
                key={`${sponsor.id}>${support.to}`}
                d={edgePath(a, b, 0.12, radius).d}
                fill="none"
                stroke={used.length > 0 ? sponsor.colour : COLOURS.pale}
                strokeWidth={used.length > 0 ? 2 : 1}
                strokeDasharray={CHANNEL_DASH[strongest]}
              >
                <title>
                  {sponsor.name} {agree(sponsor.actor, 'supports', 'support')} {support.to}:{' '}
                  {support.channels.join(', ')}
                  {used.length > 0 ? ` (today: ${used.join(', ')})` : ''}
                </title>
              </path>,
            ];
          }),
        )}
        {restrainedToday.map((event) => {
          const a = nodes.get(event.from);
          const b = nodes.get(event.to);
          if (!a || !b) return null;
          return (
            <path
              key={`r-${event.from}>${event.to}`}
              d={edgePath(a, b, -0.12, radius).d}
              fill="none"
              stroke={COLOURS.muted}
              strokeWidth={2}
              strokeDasharray="1 3"
            >
              <title>
                {event.from} reins in {event.to}
              </title>
            </path>
          );
        })}
        {attacks.map((edge) => {
          const a = nodes.get(edge.from);
          const b = nodes.get(edge.to);
          if (!a || !b) return null;
          const attacker = a.actor;
          const { width, head } = attackStroke(edge.severity);
          return (
            <path
              key={`${edge.from}>${edge.to}`}
              d={edgePath(a, b, 0.2, radius, head).d}
              fill="none"
              stroke={attacker.colour}
              strokeWidth={width}
              strokeOpacity={0.85}
              markerEnd={`url(#arrow-${edge.from}-${edge.to})`}
              data-testid="attack-edge"
            >
              <title>
                {attacker.name} {agree(attacker.actor, 'attacks', 'attack')} {edge.to}:{' '}
                {formatCount(edge.count, 'strike')} ({edge.means.join(', ')}), heaviest severity{' '}
                {edge.severity.toFixed(2)}
              </title>
            </path>
          );
        })}
        {[...nodes.values()].map(({ actor, x, y, labelSide }) => {
          const isSelected = actor.id === selected;
          const left = labelSide === -1;
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the actor picker does the same from the keyboard
            <g
              key={actor.id}
              transform={`translate(${x},${y})`}
              style={{ cursor: 'pointer' }}
              onClick={() => onSelect(actor.id)}
            >
              <circle
                r={radius}
                fill={actor.colour}
                stroke={isSelected ? COLOURS.ink : COLOURS.white}
                strokeWidth={isSelected ? 3 : 1.5}
              />
              <text
                x={left ? -radius - 6 : radius + 6}
                dy="-0.15em"
                textAnchor={left ? 'end' : 'start'}
                fontSize={12}
                fontWeight={isSelected ? 700 : 500}
                className="halo"
              >
                {shortName(actor.name)}
              </text>
              <text
                x={left ? -radius - 6 : radius + 6}
                dy="1.05em"
                textAnchor={left ? 'end' : 'start'}
                fontSize={11}
                fill={COLOURS.muted}
                className="halo"
              >
                {rungs[actor.id]}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
