/** `npm run register`: publishes the Discord slash commands. */
import type { Config } from '../config';

export async function runRegister(_config: Readonly<Config>, _out: (s: string) => void, err: (s: string) => void): Promise<number> {
  err('register: not wired yet');
  return 1;
}
