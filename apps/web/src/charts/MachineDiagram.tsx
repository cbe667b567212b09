'use client';

import { type Decision, type Rung, rungIndex } from '@brink/core';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { useEffect, useMemo, useState } from 'react';
import type { ActorView } from '../lib/actors';
import { elkGraph, type MachineEdge, type MachineGraph } from '../lib/machineGraph';
import { COLOURS, RED_LINE_COLOUR } from './theme';

// Accessors
const edgeGuard = (edge: MachineEdge) => edge.guard;
const isRedLine = (edge: MachineEdge) => edgeGuard(edge) === 'riseByRedLine';

const EDGE_STYLE: Record<string, { stroke: string; width: number; dash: string }> = {
  rise: { stroke: COLOURS.dark, width: 1.5, dash: '' },
  fall: { stroke: COLOURS.faint, width: 1.5, dash: '' },
  riseByRedLine: { stroke: RED_LINE_COLOUR, width: 2.5, dash: '6 3' },
  scripted: { stroke: COLOURS.pale, width: 1, dash: '2 3' },
};

// elkjs is large and only this view needs it: it is loaded on first use, and layouts are kept.
const layouts = new Map<string, Promise<ElkNode>>();
function layout(key: string, graph: ElkNode): Promise<ElkNode> {
  let pending = layouts.get(key);
  if (!pending) {
    pending = import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) =>
      new ELK().layout(graph),
    );
    layouts.set(key, pending);
  }
  return pending;
}

function edgePath(edge: ElkExtendedEdge): string {
  const section = edge.sections?.[0];
  if (!section) return '';
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
  if (points.length === 2)
    return `M${points[0]!.x},${points[0]!.y} L${points[1]!.x},${points[1]!.y}`;
  // SPLINES gives cubic control points after the start.
  let d = `M${points[0]!.x},${points[0]!.y}`;
  const rest = points.slice(1);
  if (rest.length % 3 === 0) {
    for (let i = 0; i < rest.length; i += 3) {
      d += ` C${rest[i]!.x},${rest[i]!.y} ${rest[i + 1]!.x},${rest[i + 1]!.y} ${rest[i + 2]!.x},${rest[i + 2]!.y}`;
    }
    return d;
  }
  for (const point of rest) d += ` L${point.x},${point.y}`;
  return d;
}

export interface MachineDiagramProps {
  width: number;
  height: number;
  graph: MachineGraph;
  actor: ActorView;
  current: Rung;
  /** The actor's last rung change up to the day shown, if any. */
  last: { day: number; decision: Decision } | null;
  showScripted: boolean;
}

/**
 * An actor's posture machine drawn from its xstate definition, laid out by elkjs: its states
 * from the floor up, the current one filled, the last transition thick; red-line-guarded
 * transitions red and dashed, the states behind them hatched.
 */
export function MachineDiagram({
  width,
  height,
  graph,
  actor,
  current,
  last,
  showScripted,
}: MachineDiagramProps) {
  const edges = useMemo(
    () => graph.edges.filter((edge) => showScripted || edge.guard !== 'scripted'),
    [graph, showScripted],
  );
  const key = `${graph.actor}:${graph.states.join(',')}:${graph.ceiling}:${edges.map((e) => e.id).join(',')}`;
  const [laid, setLaid] = useState<{ key: string; node: ElkNode } | null>(null);
  useEffect(() => {
    let live = true;
    layout(key, elkGraph(graph, edges)).then(
      (node) => {
        if (live) setLaid({ key, node });
      },
      (error: unknown) => {
        layouts.delete(key);
        console.error('elkjs could not lay out the machine', error);
      },
    );
    return () => {
      live = false;
    };
  }, [key, graph, edges]);

  const ceiling = rungIndex(graph.ceiling);
  const lastEdge = last
    ? edges.find(
        (edge) =>
          edge.from === last.decision.from &&
          edge.to === last.decision.to &&
          edge.guard === last.decision.rule,
      )
    : undefined;
  const description = `${actor.name}'s machine: states ${graph.states.join(', ')}; ceiling ${graph.ceiling}. ${
    graph.edges.filter(isRedLine).length
  } transition(s) need a red line: ${
    graph.edges
      .filter(isRedLine)
      .map((edge) => `${edge.from} to ${edge.to}`)
      .join(', ') || 'none'
  }. Now at ${current}${last ? `; last move ${last.decision.from} to ${last.decision.to} on day ${last.day} (${last.decision.rule})` : ''}.`;

  const node = laid?.key === key ? laid.node : null;
  const graphWidth = node?.width ?? 0;
  const graphHeight = node?.height ?? 0;
  const scale = node ? Math.min(1.3, (width - 260) / graphWidth, (height - 16) / graphHeight) : 1;
  const offsetX = node ? 16 + Math.max(0, (width - 260 - graphWidth * scale) / 2) : 0;
  const offsetY = node ? (height - graphHeight * scale) / 2 : 0;

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="machine-title machine-desc"
      data-testid="machine"
    >
      <title id="machine-title">{actor.name}’s posture machine</title>
      <desc id="machine-desc">{description}</desc>
      <defs>
        {Object.entries(EDGE_STYLE).map(([guard, style]) => (
          <marker
            key={guard}
            id={`m-${guard}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={6}
            markerHeight={6}
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={style.stroke} />
          </marker>
        ))}
        <marker
          id="m-last"
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={4}
          markerHeight={4}
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={COLOURS.ink} />
        </marker>
        <pattern
          id="behind-red-line"
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={COLOURS.white} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={RED_LINE_COLOUR} strokeWidth={1.2} />
        </pattern>
      </defs>
      {!node && (
        <text x={width / 2} y={height / 2} textAnchor="middle" fill={COLOURS.muted}>
          Laying out the machine…
        </text>
      )}
      {node && (
        <g transform={`translate(${offsetX},${offsetY}) scale(${scale})`}>
          {(node.edges ?? []).map((laidEdge) => {
            const edge = edges.find((e) => e.id === laidEdge.id)!;
            const style = EDGE_STYLE[edge.guard] ?? EDGE_STYLE.rise!;
            const isLast = edge === lastEdge;
            return (
              <g key={edge.id} data-guard={edge.guard} data-last={isLast || undefined}>
                {isLast && (
                  <path
                    d={edgePath(laidEdge)}
                    fill="none"
                    stroke={COLOURS.glow}
                    strokeWidth={9}
                    strokeLinecap="round"
                  />
                )}
                <path
                  d={edgePath(laidEdge)}
                  fill="none"
                  stroke={isLast ? COLOURS.ink : style.stroke}
                  strokeWidth={isLast ? 3 : style.width}
                  strokeDasharray={style.dash}
                  markerEnd={`url(#${isLast ? 'm-last' : `m-${edge.guard}`})`}
                >
                  <title>
                    {edge.from} → {edge.to}: guard {edge.guard}
                    {isLast && last ? ` (last move, day ${last.day})` : ''}
                  </title>
                </path>
              </g>
            );
          })}
          {(node.children ?? []).map((child) => {
            const rung = child.id as Rung;
            const above = rungIndex(rung) > ceiling;
            const isCurrent = rung === current;
            return (
              <g
                key={rung}
                transform={`translate(${child.x ?? 0},${child.y ?? 0})`}
                data-state={rung}
                data-current={isCurrent || undefined}
              >
                <rect
                  width={child.width}
                  height={child.height}
                  rx={15}
                  fill={isCurrent ? actor.colour : above ? 'url(#behind-red-line)' : COLOURS.white}
                  stroke={above ? RED_LINE_COLOUR : COLOURS.ink}
                  strokeWidth={isCurrent ? 3 : 1.5}
                  strokeDasharray={above ? '5 3' : ''}
                />
                <text
                  x={(child.width ?? 0) / 2}
                  y={(child.height ?? 0) / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fontSize={13}
                  fontWeight={isCurrent ? 700 : 500}
                  fill={isCurrent && actor.colour === COLOURS.black ? COLOURS.white : COLOURS.ink}
                  paintOrder="stroke"
                  stroke={isCurrent && actor.colour !== COLOURS.black ? COLOURS.halo : 'none'}
                  strokeWidth={3}
                >
                  {rung}
                </text>
              </g>
            );
          })}
        </g>
      )}
      <g transform={`translate(${width - 236}, 14)`} fontSize={11.5} fill={COLOURS.dark}>
        {[
          ['rise', 'rise (drive reached threshold)'],
          ['fall', 'fall (drive too low to hold)'],
          ['riseByRedLine', 'rise past the ceiling: red line only'],
          ...(showScripted ? [['scripted', 'scripted by the scenario']] : []),
        ].map(([guard, label], i) => {
          const style = EDGE_STYLE[guard!]!;
          return (
            <g key={guard} transform={`translate(0, ${i * 18})`}>
              <line
                x1={0}
                x2={22}
                y1={0}
                y2={0}
                stroke={style.stroke}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
              />
              <text x={28} dy="0.35em">
                {label}
              </text>
            </g>
          );
        })}
        <g transform={`translate(0, ${(showScripted ? 4 : 3) * 18})`}>
          <line x1={0} x2={22} y1={0} y2={0} stroke={COLOURS.ink} strokeWidth={3} />
          <text x={28} dy="0.35em">
            last move
          </text>
        </g>
        <g transform={`translate(0, ${(showScripted ? 5 : 4) * 18})`}>
          <rect
            x={0}
            y={-7}
            width={22}
            height={14}
            rx={7}
            fill="url(#behind-red-line)"
            stroke={RED_LINE_COLOUR}
            strokeDasharray="3 2"
          />
          <text x={28} dy="0.35em">
            above the ceiling
          </text>
        </g>
      </g>
    </svg>
  );
}
