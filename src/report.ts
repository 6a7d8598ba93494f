/** `factdesk report [--since DATE] [--json]`: what people asked, for editors. */
import type { Config } from './config';
import { buildReport, formatReport } from './core/report';
import { openSqliteStore } from './store/sqlite-store';

export async function runReport(config: Readonly<Config>, opts: { since?: string; json: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let since: string | undefined;
  if (opts.since !== undefined) {
    const d = new Date(opts.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(opts.since) || Number.isNaN(d.getTime())) {
      err(`--since must be a date (YYYY-MM-DD) or an ISO instant, got "${opts.since.slice(0, 40)}"`);
      return 2;
    }
    since = d.toISOString();
  }
  let store;
  try {
    store = openSqliteStore(config.dbPath);
  } catch (e) {
    err(`Cannot open the database at ${config.dbPath}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const report = buildReport(await store.reportRows(since), since);
    out(opts.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } finally {
    await store.close();
  }
}
