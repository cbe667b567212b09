/** The path the site is served under (`/brink`), or '' at the host's root: `BRINK_BASE_PATH` at build. */
export const BASE_PATH: string = process.env.BRINK_BASE_PATH ?? '';

/** A pathname of the site with its base path taken off: `/brink/lessons/x` → `/lessons/x`. */
export function withoutBasePath(pathname: string, base: string = BASE_PATH): string {
  if (base === '' || !pathname.startsWith(base)) return pathname;
  const rest = pathname.slice(base.length);
  return rest === '' ? '/' : rest.startsWith('/') ? rest : pathname;
}
