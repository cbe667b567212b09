import type { NextConfig } from 'next';

/**
 * The path the site is served under, for a host that serves it below its root
 * (`https://host/brink/run`): `BRINK_BASE_PATH=/brink` at build. Empty (the default) serves it
 * at the root. Pages, scripts, styles, workers and links all carry it.
 */
function basePath(): string {
  const path = process.env.BRINK_BASE_PATH ?? '';
  if (path === '') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(path)) {
    throw new Error(
      `BRINK_BASE_PATH must be a path such as /brink or /courses/brink (a leading slash, no trailing one), not "${path}"`,
    );
  }
  return path;
}

/** Where the export is written: `out/` unless `BRINK_OUT_DIR` names another folder of apps/web. */
function outDir(): string | undefined {
  const dir = process.env.BRINK_OUT_DIR;
  if (dir === undefined || dir === '' || dir === 'out') return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(dir) || dir === 'public' || dir === 'static') {
    throw new Error(`BRINK_OUT_DIR must be a plain folder name such as out-brink, not "${dir}"`);
  }
  return dir;
}

const base = basePath();
const dir = outDir();

// A static export: the engine runs in the browser, so the export works from any static host,
// offline, at its root or (built with BRINK_BASE_PATH) below it.
const config: NextConfig = {
  output: 'export',
  basePath: base,
  // With `output: 'export'`, a distDir other than .next is where the export is written.
  ...(dir ? { distDir: dir } : {}),
  // The code that reads an address (the 404 page's) needs the base path too.
  env: { BRINK_BASE_PATH: base },
  // The workspace packages ship ES2022 modules; let Next compile them with the app.
  transpilePackages: ['@brink/core', '@brink/data'],
  // stdlib's probe for generators evals code at import time, which the site's
  // Content-Security-Policy forbids; see src/lib/generatorSupport.cjs.
  turbopack: {
    resolveAlias: {
      '@stdlib/assert-has-generator-support': './src/lib/generatorSupport.cjs',
    },
  },
  // The export writes every prefetch segment file the client router may ask for. With Next's
  // default inlining, a page's layout and head are written only inside its page segment file
  // (`__next.source.__PAGE__.txt`); but a route the router first learnt from the page's own
  // HTML carries stale inlining hints, and a prefetch taken before they are refetched asks for
  // the root layout and the head apart (`__next._index.txt`, `__next._head.txt`), which the
  // export then lacks: a 404 in the console, now and then (source.e2e.ts saw it).
  experimental: { prefetchInlining: false },
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // A build for a base path (`build:subpath`) compiles the same sources as `build`, which has
  // checked their types, as `typecheck` does: it does not check them a third time.
  typescript: { ignoreBuildErrors: base !== '' },
};

export default config;
