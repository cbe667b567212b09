import { COLOURS, FONT } from '../charts/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Height of the heading (title and caption) above the charts, and the page's margin. */
const HEAD = 46;
const MARGIN = 10;

/**
 * A figure as one standalone SVG file: a heading — `title`, and `caption` (what was run: the
 * scenario, the seed, the number of runs) — over every chart in `holder`, each where it sits on
 * the page and at its size there, on white. A figure of several charts (one fan chart per actor)
 * keeps them all.
 */
export function chartDocument(
  holder: HTMLElement,
  title: string,
  caption: string,
): { text: string; width: number; height: number } {
  const frame = holder.getBoundingClientRect();
  const charts = [...holder.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  const placed = charts.map((svg) => {
    const box = svg.getBoundingClientRect();
    return {
      svg,
      x: box.left - frame.left,
      y: box.top - frame.top,
      width: box.width || svg.clientWidth || 640,
      height: box.height || svg.clientHeight || 400,
    };
  });
  const left = Math.min(0, ...placed.map((p) => p.x));
  const top = Math.min(0, ...placed.map((p) => p.y));
  const width = Math.ceil(Math.max(320, ...placed.map((p) => p.x - left + p.width)) + 2 * MARGIN);
  const height = Math.ceil(Math.max(0, ...placed.map((p) => p.y - top + p.height)) + HEAD + MARGIN);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('style', `font-family: ${FONT.family}; background: ${COLOURS.white}`);
  const add = (name: string, attributes: Record<string, string>, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    root.append(element);
    return element;
  };
  add('rect', { width: '100%', height: '100%', fill: COLOURS.white });
  add(
    'text',
    { x: String(MARGIN), y: '22', 'font-size': '16', 'font-weight': '700', fill: COLOURS.ink },
    title,
  );
  add('text', { x: String(MARGIN), y: '38', 'font-size': '12', fill: COLOURS.muted }, caption);
  for (const part of placed) {
    const clone = part.svg.cloneNode(true) as SVGSVGElement;
    const box = part.svg.viewBox.baseVal;
    if (!box || box.width <= 0) clone.setAttribute('viewBox', `0 0 ${part.width} ${part.height}`);
    clone.setAttribute('x', String(MARGIN + part.x - left));
    clone.setAttribute('y', String(HEAD + part.y - top));
    clone.setAttribute('width', String(part.width));
    clone.setAttribute('height', String(part.height));
    clone.removeAttribute('class');
    root.append(clone);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { text, width, height };
}

/** A figure's SVG document (`chartDocument`) drawn onto a canvas at `scale`, as a PNG. */
export function pngBlob(
  { text, width, height }: { text: string; width: number; height: number },
  scale = 2,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('this browser cannot draw on a canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the chart could not be encoded'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/** Saves text or a blob as a file the browser downloads. */
export function download(filename: string, content: string | Blob, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
