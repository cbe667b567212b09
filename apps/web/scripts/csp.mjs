// Writes a Content-Security-Policy into every page of the static export, as a <meta> at the top
// of <head> (a static host may send no headers of its own). Scripts: the export's own files, and
// each page's inline scripts (Next's bootstrap and its data) by their sha256 — no other inline
// script and no eval (zod runs jitless, see src/lib/zodJitless.ts). Styles may be inline (React
// writes style attributes). Run after `next build`: `node scripts/csp.mjs [DIR]`, DIR being
// apps/web/out or BRINK_OUT_DIR's folder.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

/** The policy of a page whose inline scripts are `inline` (their exact text). */
export function policyFor(inline) {
  const hashes = [...new Set(inline)].map(
    (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds (or renews) the policy of one HTML page; returns the policy written. */
export function withPolicy(html) {
  const inline = [];
  for (const [, attributes = '', text] of html.matchAll(SCRIPT)) {
    if (!/\ssrc=/.test(attributes) && text.length > 0) inline.push(text);
  }
  const policy = policyFor(inline);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  // After the charset (which must come first), before any script.
  const page = META.test(html)
    ? html.replace(META, meta)
    : html.replace(/<head>(<meta charSet="utf-8"\/>)?/i, (head) => `${head}${meta}`);
  if (!page.includes(meta)) throw new Error('the page has no <head> to hold its policy');
  return { page, policy };
}

async function* pages(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const web = fileURLToPath(new URL('..', import.meta.url));
  const dir = resolve(web, process.argv[2] ?? process.env.BRINK_OUT_DIR ?? 'out');
  let count = 0;
  try {
    for await (const path of pages(dir)) {
      const { page } = withPolicy(await readFile(path, 'utf8'));
      await writeFile(path, page);
      count++;
    }
  } catch (error) {
    console.error(`csp: ${dir}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  if (count === 0) {
    console.error(`csp: no pages in ${dir}: build the export first`);
    process.exit(1);
  }
  console.log(`csp: a Content-Security-Policy in each of ${count} pages of ${dir}`);
}
