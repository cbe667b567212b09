/**
 * What a page shows until its code runs: `label`, and — if the code never runs — why. It is
 * server-rendered HTML and CSS only (no script), so it can speak when the scripts fail to load:
 * with JavaScript off it says so at once; otherwise a note appears after some seconds (a CSS
 * animation delay) and goes with the rest of the placeholder once the page renders.
 */
export function Loading({ label, className }: { label: string; className: string }) {
  return (
    <div className={className}>
      <p className="loading-label">{label}</p>
      <noscript>
        <p className="load-failed">
          This page runs the simulator in your browser, and JavaScript is off: turn it on and
          reload.
        </p>
      </noscript>
      <p className="load-failed load-stalled" data-testid="load-stalled">
        Still loading? The page’s code has not arrived. Check the connection and reload. If this
        copy of Brink is served below the host’s root (such as /brink/), it must be built for that
        path: see “Serving under a sub-path” in the README.
      </p>
    </div>
  );
}
