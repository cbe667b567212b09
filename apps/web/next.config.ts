import type { NextConfig } from 'next';

// A static export: the engine runs in the browser, so `out/` works from any static host, offline.
const config: NextConfig = {
  output: 'export',
  // The workspace packages ship ES2022 modules; let Next compile them with the app.
  transpilePackages: ['@brink/core', '@brink/data'],
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default config;
