import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../src/errors.js';
import { parseRedisUrl, redisOptions } from '../src/queue/parseRedisUrl.js';

describe('parseRedisUrl', () => {
  it('reads host, port and database, with Redis’s defaults', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390/2')).toEqual({
      display: 'redis://127.0.0.1:6390/2',
      host: '127.0.0.1',
      port: 6390,
      db: 2,
      tls: false,
    });
    expect(parseRedisUrl('redis://queue.local')).toMatchObject({
      display: 'redis://queue.local/0',
      port: 6379,
      db: 0,
    });
    expect(parseRedisUrl('rediss://[::1]:7000/')).toMatchObject({ host: '::1', tls: true });
  });

  it('keeps the credentials for the connection and hides the password wherever it is shown', () => {
    const target = parseRedisUrl('redis://brink:s%40cret@10.0.0.5:6379/1');
    expect(target.display).toBe('redis://brink:***@10.0.0.5:6379/1');
    expect(redisOptions(target, { connectTimeout: 10 })).toEqual({
      host: '10.0.0.5',
      port: 6379,
      db: 1,
      username: 'brink',
      password: 's@cret',
      connectTimeout: 10,
    });
    expect(parseRedisUrl('redis://:pw@h:1').display).toBe('redis://:***@h:1/0');
  });

  it.each([
    [
      'redis://:S3cr3t@127.0.0.1:6379/abc',
      'redis://:***@127.0.0.1:6379/abc',
      '"abc" is not a database number',
    ],
    ['redis://u:S3cr3t@127.0.0.1:99999', 'redis://u:***@127.0.0.1:99999', 'not a URL'],
    [
      'redis://:S3cr3t@127.0.0.1/0?password=S3cr3t',
      'redis://:***@127.0.0.1/0?…',
      'query strings and fragments mean nothing',
    ],
    ['http://:S3cr3t@127.0.0.1', 'http://:***@127.0.0.1', 'the scheme is http'],
    [
      'redis://:S3%zz@127.0.0.1',
      'redis://:***@127.0.0.1',
      'the password has a malformed %-escape (write a % itself as %25)',
    ],
    ['redis://a:b@c@127.0.0.1/x', 'redis://a:***@127.0.0.1/x', '"x" is not a database number'],
  ])('never shows the password of %s: "%s", %s', (text, shown, why) => {
    let error: unknown;
    try {
      parseRedisUrl(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    expect((error as CliError).message).toBe(
      `--queue must be a redis://HOST:PORT URL (rediss:// for TLS, /N for a database), not "${shown}": ${why}`,
    );
    expect((error as CliError).message).not.toContain('S3cr3t');
  });

  it.each([
    ['127.0.0.1:6379', 'not a URL'],
    ['http://127.0.0.1:6379', 'the scheme is http'],
    ['redis://127.0.0.1:6379/queue', '"queue" is not a database number'],
  ])('rejects %s as a usage error: %s', (text, why) => {
    let error: unknown;
    try {
      parseRedisUrl(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    expect((error as CliError).message).toBe(
      `--queue must be a redis://HOST:PORT URL (rediss:// for TLS, /N for a database), not "${text}": ${why}`,
    );
  });
});
