/** `factdesk digest due`: one scheduler tick, for cron. */
import type { Config } from './config';

export async function runDigestDue(_config: Readonly<Config>, _now: string | undefined, _out: (s: string) => void, err: (s: string) => void): Promise<number> {
  err('digest due: not wired yet');
  return 1;
}
