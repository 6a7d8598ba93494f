/**
 * The store's own account of whether it can write, on a real SQLite file. (A connection can't be made
 * read-only from outside while open, and root ignores file modes, so `PRAGMA query_only` stands in for a
 * read-only file: every write then fails with SQLITE_READONLY, as it would.)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store';
import { tempDir } from '../helpers';

describe('SqliteStore.writable', () => {
  let dir: string;
  let store: SqliteStore;
  const ref = { platform: 'slack' as const, channel: 'C0STORE' };
  const entry = (id: number) => ({ id, at: new Date().toISOString(), ...ref, userHash: 'u', question: `q${id}`, answered: true, confidence: 1 });

  beforeEach(() => {
    dir = tempDir('factdesk-store-');
    store = openSqliteStore(join(dir, 'state.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is writable when nothing has failed', () => {
    expect(store.writable()).toEqual({ ok: true });
  });

  it('says why after a write fails, and recovers by itself once writes work again', async () => {
    store.db.pragma('query_only = ON');
    // (Matched by code: the error's class may come from another test file's copy of the module.)
    await expect(store.logQuestions([entry(1)])).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    const down = store.writable();
    expect(down.ok).toBe(false);
    expect(down.error).toMatch(/^SQLITE_READONLY: /);
    // Asking again tries again: still read-only, still not writable.
    expect(store.writable().ok).toBe(false);

    store.db.pragma('query_only = OFF');
    // No other write has happened: the check itself finds the database writable again.
    expect(store.writable()).toEqual({ ok: true });
    await store.logQuestions([entry(2)]);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 1 });
  });

  it('a failed write of any kind is noticed (a subscription, a Slack event id), and a later good write clears it', async () => {
    store.db.pragma('query_only = ON');
    await expect(store.subscribe({ ...ref, time: '09:00', tz: 'UTC' }, new Date())).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    expect(store.writable().ok).toBe(false);
    store.db.pragma('query_only = OFF');
    await store.subscribe({ ...ref, time: '09:00', tz: 'UTC' }, new Date());
    expect(store.writable()).toEqual({ ok: true });

    store.db.pragma('query_only = ON');
    await expect(store.firstSighting('slack:Ev1', new Date())).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    store.db.pragma('query_only = OFF');
    expect(await store.firstSighting('slack:Ev1', new Date())).toBe(true);
    expect(store.writable()).toEqual({ ok: true });
  });
});
