'use client';

import { type ReactNode, useId, useRef, useState } from 'react';
import { chartDocument, download, pngBlob } from '../lib/exportChart';

/**
 * A chart with its title, a text alternative (read by screen readers, shown under "Read as
 * text"), and buttons that download it — every chart of the figure, under its title and
 * `caption` — as SVG or PNG under `filename`.
 */
export function ChartFigure({
  title,
  caption,
  filename,
  alternative,
  children,
  controls,
}: {
  title: string;
  /** What the chart is of, for the downloaded file: the scenario, the seed, the runs. */
  caption: string;
  filename: string;
  /** What the chart shows, in words: for screen readers and for anyone who prefers text. */
  alternative: ReactNode;
  children: ReactNode;
  controls?: ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const figureFile = () => (holder.current ? chartDocument(holder.current, title, caption) : null);
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
