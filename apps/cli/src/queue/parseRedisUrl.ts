import { usageError } from '../errors.js';

/** Where a queue lives: the Redis server and database a `--queue` URL names. */
export interface RedisTarget {
  /** The URL as it may be shown: the password, if any, replaced by `***`. */
  display: string;
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  /** `rediss://`: connect over TLS. */
  tls: boolean;
}

/**
 * Parses `--queue redis://[USER:PASSWORD@]HOST[:PORT][/DB]` (`rediss://` for TLS; port 6379 and
 * database 0 when not given), or throws a usage error naming the option and the value.
 */
export function parseRedisUrl(text: string): RedisTarget {
  const fail = (why: string) =>
    usageError(
      `--queue must be a redis://HOST:PORT URL (rediss:// for TLS, /N for a database), not "${redactUrl(text)}": ${why}`,
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw fail(`the scheme is ${url.protocol.replace(/:$/, '')}`);
  }
  // WHATWG URLs keep IPv6 hosts in brackets; sockets want them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw fail('no host');
  const port = url.port === '' ? 6379 : Number(url.port);
  const path = url.pathname.replace(/^\//, '');
  if (!/^\d*$/.test(path)) throw fail(`"${path}" is not a database number`);
  const db = path === '' ? 0 : Number(path);
  if (url.search !== '' || url.hash !== '') throw fail('query strings and fragments mean nothing');
  const decode = (part: string, what: string) => {
    try {
      return part === '' ? undefined : decodeURIComponent(part);
    } catch {
      throw fail(`the ${what} has a malformed %-escape (write a % itself as %25)`);
    }
  };
  const username = decode(url.username, 'user name');
  const password = decode(url.password, 'password');
  const user = url.username + (password !== undefined ? ':***' : '');
  const display = `${url.protocol}//${user === '' ? '' : `${user}@`}${url.host}/${db}`;
  return {
    display,
    host,
    port,
    db,
    tls: url.protocol === 'rediss:',
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
  };
}

/**
 * A `--queue` value as it may be shown in any message: the password of its user information
 * replaced by `***` (`redis://:***@HOST`), and any query string or fragment (which may carry one,
 * `?password=…`) by `…`. Works on text that is not a valid URL too.
 */
export function redactUrl(text: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  let rest = text.slice(scheme.length);
  const tail = rest.search(/[?#]/);
  if (tail >= 0) rest = `${rest.slice(0, tail)}${rest[tail]}…`;
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at < 0) return `${scheme}${rest}`;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? userinfo : `${userinfo.slice(0, colon)}:***`;
  return `${scheme}${user}${rest.slice(at)}`;
}

/** The ioredis connection options of a target, with the given extra settings. */
export function redisOptions(target: RedisTarget, extra: Record<string, unknown> = {}) {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username !== undefined ? { username: target.username } : {}),
    ...(target.password !== undefined ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
    ...extra,
  };
}
