import { createRequire } from 'node:module';
import { ENGINE_VERSION } from '@brink/core/version';
import { axisPack } from '@brink/data';

/** The CLI's version, from its package.json. */
export const CLI_VERSION: string = (
  createRequire(import.meta.url)('../package.json') as { version: string }
).version;

/** What `brink --version` prints: the CLI's version, and the engine and pack it runs. */
export function versionText(): string {
  return `brink ${CLI_VERSION} (engine ${ENGINE_VERSION}, pack ${axisPack.id} ${axisPack.version})`;
}
