/** Wiring for `serve`: the configured adapters, the HTTP listener and the digest scheduler. */
import type { Config } from './config';

export async function serve(_config: Readonly<Config>): Promise<number> {
  process.stderr.write('serve: the platform adapters are not wired yet\n');
  return 1;
}
