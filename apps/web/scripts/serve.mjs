// Serves the static export in `out/` on 127.0.0.1, as any static host would: `/run` is
// `run.html`, a folder is its `index.html`, anything else missing is `404.html`. With a base
// path (`--base /brink`, for an export built with BRINK_BASE_PATH=/brink), the site is served
// below it and nothing above it exists.
// Run `node scripts/serve.mjs [port] [--root DIR] [--base /PATH]`; the end-to-end tests import
// `startServer`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yaml': 'text/yaml; charset=utf-8',
};

const isFile = async (path) => (await stat(path).catch(() => null))?.isFile() ?? false;

async function find(root, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, path);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/** The path below `base` ('' for the root), or null when `pathname` is not below it. */
function below(base, pathname) {
  if (base === '') return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/**
 * Starts the server; resolves to its URL (with the base path) and a `close` function. Port 0
 * picks a free port.
 * @param {{ root?: string, port?: number, host?: string, base?: string }} [options]
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? fileURLToPath(new URL('../out', import.meta.url)));
  const host = options.host ?? '127.0.0.1';
  const base = (options.base ?? '').replace(/\/+$/, '');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inside = below(base, pathname);
    const file = inside === null ? null : await find(root, inside);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    if (!(await isFile(path))) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(status, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const option = (name) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (value === undefined || value.startsWith('--')) {
      console.error(`serve: ${name} needs a value`);
      process.exit(2);
    }
    args.splice(at, 2);
    return value;
  };
  const root = option('--root');
  const base = option('--base');
  if (base !== undefined && !/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(base)) {
    console.error(`serve: --base must be a path such as /brink, not "${base}"`);
    process.exit(2);
  }
  const asked = args[0] ?? process.env.PORT;
  const first = Number(asked ?? 3000);
  // Without an explicit port, step past ports other programs hold rather than fail.
  const tries = asked === undefined ? 20 : 1;
  let served;
  for (let port = first; !served && port < first + tries; port++) {
    served = await startServer({ port, root, base }).catch((error) => {
      if (error.code !== 'EADDRINUSE') throw error;
      return undefined;
    });
  }
  if (!served) {
    console.error(
      `serve: port ${first}${tries > 1 ? `–${first + tries - 1}` : ''} in use; give another: PORT=8080`,
    );
    process.exit(1);
  }
  console.log(`Brink is being served at ${served.url}/  (Ctrl-C stops it)`);
}
