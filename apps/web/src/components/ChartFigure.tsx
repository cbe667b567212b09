'use client';

import { formatCount } from '@brink/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { chartDocument, download, pngBlob } from '../lib/exportChart';

/** What a figure's charts were drawn from: every downloaded chart carries it under its title. */
export interface FigureRun {
  /** The scenario (or record) by name and id. */
  scenario: string;
  /** What else was set: a swept parameter and its values. */
  detail?: string;
  runs: number;
  /** How the runs divide, after their count: "per value", "each". */
  per?: string;
  seed: number;
}

/** A figure's caption: "Baseline (baseline) · 1,000 runs · seed 42". */
export function figureCaption({ scenario, detail, runs, per, seed }: FigureRun): string {
  const counted = per ? `${formatCount(runs, 'run')} ${per}` : formatCount(runs, 'run');
  return [scenario, detail, counted, `seed ${seed}`].filter(Boolean).join(' · ');
}

/**
 * The frame of every figure: its charts (each drawn in a ChartFrame) under a title, a text
 * alternative (read by screen readers, shown under "Read as text"), and buttons that download
 * it — every chart of the figure, under its title and the caption of `run` (the scenario, the
 * runs, the seed) — as SVG or PNG under `filename`.
 */
export function ChartFigure({
  title,
  run,
  filename,
  alternative,
  children,
  controls,
}: {
  title: string;
  /** What the charts are of, for the downloaded file: the scenario, the runs, the seed. */
  run: FigureRun;
  filename: string;
  /** What the chart shows, in words: for screen readers and for anyone who prefers text. */
  alternative: ReactNode;
  children: ReactNode;
  controls?: ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const figureFile = () =>
    holder.current ? chartDocument(holder.current, title, figureCaption(run)) : null;
  const saveSvg = () => {
    const file = figureFile();
    if (file) download(`${filename}.svg`, file.text, 'image/svg+xml');
  };
  const savePng = () => {
    const file = figureFile();
    if (!file) return;
    pngBlob(file).then(
      (blob) => download(`${filename}.png`, blob),
      (error: Error) => setProblem(error.message),
    );
  };
  return (
    <figure className="mc-figure" aria-labelledby={`${id}-title`}>
      <div className="mc-figure-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {controls}
        <fieldset className="mc-export">
          <legend className="visually-hidden">Download “{title}”</legend>
          <button type="button" onClick={saveSvg}>
            SVG
          </button>
          <button type="button" onClick={savePng}>
            PNG
          </button>
        </fieldset>
      </div>
      <div ref={holder} className="mc-chart" aria-describedby={`${id}-alt`}>
        {children}
      </div>
      <details className="mc-alt">
        <summary>Read as text</summary>
        <div id={`${id}-alt`}>{alternative}</div>
      </details>
      {problem && <p role="alert">{problem}</p>}
    </figure>
  );
}
