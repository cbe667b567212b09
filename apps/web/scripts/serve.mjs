// Serves the static export in `out/` on 127.0.0.1, as any static host would: `/run` is
// `run.html`, a folder is its `index.html`, anything else missing is `404.html`.
// Run `node scripts/serve.mjs [port]`; the end-to-end tests import `startServer`.
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

/**
 * Starts the server; resolves to its URL and a `close` function. Port 0 picks a free port.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? fileURLToPath(new URL('../out', import.meta.url)));
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await find(root, pathname);
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
    url: `http://${host}:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const asked = process.argv[2] ?? process.env.PORT;
  const first = Number(asked ?? 3000);
  // Without an explicit port, step past ports other programs hold rather than fail.
  const tries = asked === undefined ? 20 : 1;
  let served;
  for (let port = first; !served && port < first + tries; port++) {
    served = await startServer({ port }).catch((error) => {
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
