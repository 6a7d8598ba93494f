/** `factdesk report`: what people asked, for editors. */
import type { Config } from './config';

export async function runReport(_config: Readonly<Config>, _opts: { since?: string; json: boolean }, _out: (s: string) => void, err: (s: string) => void): Promise<number> {
  err('report: not wired yet');
  return 1;
}
