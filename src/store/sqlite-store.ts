/**
 * The Store on a SQLite file (better-sqlite3). Created and migrated on open: a schema_version table and
 * forward-only migrations. WAL mode and a busy timeout let several processes share the file.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ChannelRef, DigestClaim, QuestionLog, Store, Subscription } from '../core/store';
import type { Platform } from '../core/types';

/** Forward-only: append, never edit a shipped migration. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE channel_settings (
     platform TEXT NOT NULL, channel TEXT NOT NULL, listening INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (platform, channel));
   CREATE TABLE subscriptions (
     platform TEXT NOT NULL, channel TEXT NOT NULL, time TEXT NOT NULL, tz TEXT NOT NULL,
     paused INTEGER NOT NULL DEFAULT 0, paused_reason TEXT, created_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel));
   CREATE TABLE digest_posts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL, channel TEXT NOT NULL, local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed')),
     claimed_at TEXT NOT NULL, sent_at TEXT, error TEXT, attempts INTEGER NOT NULL DEFAULT 1,
     shown TEXT, known TEXT,
     UNIQUE (platform, channel, local_date));
   CREATE TABLE shown_facts (
     platform TEXT NOT NULL, channel TEXT NOT NULL, fact_id TEXT NOT NULL, shown_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel, fact_id));
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, platform TEXT NOT NULL, channel TEXT NOT NULL,
     user_hash TEXT NOT NULL, question TEXT NOT NULL, answered INTEGER NOT NULL, top_fact TEXT,
     confidence REAL NOT NULL);
   CREATE INDEX questions_channel_at ON questions (platform, channel, at);
   CREATE TABLE seen_events (key TEXT PRIMARY KEY, at TEXT NOT NULL);`,
  `CREATE TABLE votes (
     question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     user_hash TEXT NOT NULL, value INTEGER NOT NULL CHECK (value IN (-1, 1)), at TEXT NOT NULL,
     PRIMARY KEY (question_id, user_hash));
   CREATE INDEX questions_at ON questions (at);`,
  `CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

export interface SqliteStore extends Store {
  readonly db: Database.Database;
  readonly schemaVersion: number;
  /**
   * Whether the database takes writes. After a write failed for a reason other than a busy lock (a read-only
   * file, a full disk, an I/O error), each call tries one small write and says what it got, until one works.
   */
  writable(): { ok: boolean; error?: string };
}

/**
 * A write that failed because of the database itself, not because another connection held the lock. (Read
 * by its code, not by `instanceof`: better-sqlite3 makes its errors with the class of the first module
 * instance that loaded it, which under test runners is not always the one this module sees.)
 */
function cannotWrite(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') && !/^SQLITE_(?:BUSY|LOCKED|CONSTRAINT)/.test(code);
}

/** Opens (creating and migrating) the database file. Throws with the path named when it can't. */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') ensureDir(dirname(path));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL is safe against crashes of the process (only a power cut can lose the last commits)
  // and spares an fsync per transaction, which would stall answers behind the disk.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const version = migrate(db);

  const listeningQ = db.prepare<[string, string], { listening: number }>('SELECT listening FROM channel_settings WHERE platform = ? AND channel = ?');
  const setListeningQ = db.prepare(
    `INSERT INTO channel_settings (platform, channel, listening) VALUES (?, ?, ?)
     ON CONFLICT (platform, channel) DO UPDATE SET listening = excluded.listening`,
  );
  const subscribeQ = db.prepare(
    `INSERT INTO subscriptions (platform, channel, time, tz, paused, created_at) VALUES (?, ?, ?, ?, 0, ?)
     ON CONFLICT (platform, channel) DO UPDATE SET time = excluded.time, tz = excluded.tz, paused = 0, paused_reason = NULL`,
  );
  const unsubscribeQ = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel = ?');
  const subQ = db.prepare<[string, string], SubRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel = ?');
  const subsQ = db.prepare<[], SubRow>('SELECT * FROM subscriptions ORDER BY platform, channel');
  const pauseQ = db.prepare('UPDATE subscriptions SET paused = 1, paused_reason = ? WHERE platform = ? AND channel = ?');
  const shownQ = db.prepare<[string, string], { fact_id: string }>('SELECT fact_id FROM shown_facts WHERE platform = ? AND channel = ? ORDER BY shown_at, rowid');
  const lastSentQ = db.prepare<[string, string], { known: string | null; sent_at: string | null }>(
    `SELECT known, sent_at FROM digest_posts WHERE platform = ? AND channel = ? AND status = 'sent' ORDER BY sent_at DESC LIMIT 1`,
  );
  const postQ = db.prepare<[string, string, string], PostRow>('SELECT * FROM digest_posts WHERE platform = ? AND channel = ? AND local_date = ?');
  const insertClaimQ = db.prepare(`INSERT INTO digest_posts (platform, channel, local_date, status, claimed_at) VALUES (?, ?, ?, 'claimed', ?)`);
  const reclaimQ = db.prepare(
    `UPDATE digest_posts SET status = 'claimed', claimed_at = ?, attempts = attempts + 1
     WHERE id = ? AND status != 'sent' AND (status = 'failed' OR claimed_at < ?)`,
  );
  const sentQ = db.prepare(`UPDATE digest_posts SET status = 'sent', sent_at = ?, shown = ?, known = ?, error = NULL WHERE id = ?`);
  // Only the current holder may give a claim back (see DigestClaim.attempt).
  const releaseQ = db.prepare<[string, number, number]>(`UPDATE digest_posts SET status = 'failed', error = ? WHERE id = ? AND status = 'claimed' AND attempts = ?`);
  // REPLACE, not an upsert: the row is written anew, so its rowid says where it stood in its digest and
  // facts shown together come round again in the order they were shown (ORDER BY shown_at, rowid).
  const addShownQ = db.prepare(`INSERT OR REPLACE INTO shown_facts (platform, channel, fact_id, shown_at) VALUES (?, ?, ?, ?)`);
  const questionsQ = db.prepare<[string, string, string], QuestionRow>(
    'SELECT * FROM questions WHERE platform = ? AND channel = ? AND at > ? ORDER BY at, id',
  );
  // Question log rows go in LOG_ROWS at a time (one statement, one call into SQLite), the rest one by one.
  const LOG_ROWS = 32;
  const LOG_COLUMNS = 9;
  const logColumns = 'INSERT OR IGNORE INTO questions (id, at, platform, channel, user_hash, question, answered, top_fact, confidence) VALUES ';
  const logWithIdQ = db.prepare(`${logColumns}(?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const logManyQ = db.prepare(`${logColumns}${Array.from({ length: LOG_ROWS }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
  // One row's parameters written into `into` at `k`. The parameters go straight into one array: slice and
  // flatMap over the rows cost a fifth of the insert itself.
  const putRow = (into: unknown[], k: number, e: QuestionLog & { id: number }): void => {
    into[k] = e.id;
    into[k + 1] = e.at;
    into[k + 2] = e.platform;
    into[k + 3] = e.channel;
    into[k + 4] = e.userHash;
    into[k + 5] = e.question;
    into[k + 6] = e.answered ? 1 : 0;
    into[k + 7] = e.topFact ?? null;
    into[k + 8] = e.confidence;
  };
  const logBatch = db.transaction((entries: readonly (QuestionLog & { id: number })[]) => {
    let i = 0;
    const many: unknown[] = new Array(LOG_ROWS * LOG_COLUMNS);
    for (; i + LOG_ROWS <= entries.length; i += LOG_ROWS) {
      for (let j = 0; j < LOG_ROWS; j++) putRow(many, j * LOG_COLUMNS, entries[i + j] as QuestionLog & { id: number });
      logManyQ.run(many);
    }
    const one: unknown[] = new Array(LOG_COLUMNS);
    for (; i < entries.length; i++) {
      putRow(one, 0, entries[i] as QuestionLog & { id: number });
      logWithIdQ.run(one);
    }
  });
  const getSecretQ = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const putSecretQ = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)');
  const pruneQ = db.prepare('DELETE FROM questions WHERE at < ?');
  const questionExistsQ = db.prepare<[number], { id: number }>('SELECT id FROM questions WHERE id = ?');
  const voteQ = db.prepare(
    `INSERT INTO votes (question_id, user_hash, value, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (question_id, user_hash) DO UPDATE SET value = excluded.value, at = excluded.at`,
  );
  const reportQ = db.prepare<[string], ReportDbRow>(
    `SELECT q.id, q.at, q.question, q.answered, q.top_fact,
            COALESCE(SUM(CASE WHEN v.value = 1 THEN 1 ELSE 0 END), 0) AS up,
            COALESCE(SUM(CASE WHEN v.value = -1 THEN 1 ELSE 0 END), 0) AS down
     FROM questions q LEFT JOIN votes v ON v.question_id = q.id
     WHERE q.at > ? GROUP BY q.id ORDER BY q.at, q.id`,
  );
  const seenQ = db.prepare('INSERT OR IGNORE INTO seen_events (key, at) VALUES (?, ?)');
  const pruneSeenQ = db.prepare('DELETE FROM seen_events WHERE at < ?');

  const markSent = db.transaction((claim: DigestClaim, shown: string[], known: string[], at: string) => {
    sentQ.run(at, JSON.stringify(shown), JSON.stringify(known), claim.claimId);
    shown.forEach((id) => addShownQ.run(claim.platform, claim.channel, id, at));
  });

  // Immediate transactions take the write lock first, so two processes can't both see "unclaimed".
  const claim = db.transaction((ref: ChannelRef, date: string, now: Date, staleAfterMs: number): DigestClaim | undefined => {
    const row = postQ.get(ref.platform, ref.channel, date);
    const at = now.toISOString();
    if (!row) {
      const info = insertClaimQ.run(ref.platform, ref.channel, date, at);
      return { platform: ref.platform, channel: ref.channel, date, claimId: Number(info.lastInsertRowid), attempt: 1 };
    }
    if (row.status === 'sent') return undefined;
    const staleBefore = new Date(now.getTime() - staleAfterMs).toISOString();
    const info = reclaimQ.run(at, row.id, staleBefore);
    return info.changes === 1 ? { platform: ref.platform, channel: ref.channel, date, claimId: row.id, attempt: row.attempts + 1 } : undefined;
  });

  // The last write fault, until a write succeeds again.
  let writeFault: string | undefined;
  const write = <T>(run: () => T): T => {
    try {
      const out = run();
      writeFault = undefined;
      return out;
    } catch (err) {
      if (cannotWrite(err)) writeFault = `${err.code}: ${err.message}`;
      throw err;
    }
  };
  const probeQ = db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES ('write-probe', ?)`);

  let sightings = 0;
  const store: SqliteStore = {
    db,
    schemaVersion: version,
    writable() {
      if (writeFault !== undefined && db.open) {
        try {
          write(() => probeQ.run(new Date().toISOString()));
        } catch {
          // Recorded by write().
        }
      }
      return writeFault === undefined ? { ok: true } : { ok: false, error: writeFault };
    },
    async listening(ref) {
      return (listeningQ.get(ref.platform, ref.channel)?.listening ?? 0) === 1;
    },
    async setListening(ref, on) {
      write(() => setListeningQ.run(ref.platform, ref.channel, on ? 1 : 0));
    },
    async subscribe(sub, now) {
      write(() => subscribeQ.run(sub.platform, sub.channel, sub.time, sub.tz, now.toISOString()));
    },
    async unsubscribe(ref) {
      return write(() => unsubscribeQ.run(ref.platform, ref.channel)).changes > 0;
    },
    async subscription(ref) {
      const row = subQ.get(ref.platform, ref.channel);
      return row ? toSub(row) : undefined;
    },
    async subscriptions() {
      return subsQ.all().map(toSub);
    },
    async pause(ref, reason) {
      write(() => pauseQ.run(reason, ref.platform, ref.channel));
    },
    async shownFacts(ref) {
      return shownQ.all(ref.platform, ref.channel).map((r) => r.fact_id);
    },
    async lastKnownFacts(ref) {
      const row = lastSentQ.get(ref.platform, ref.channel);
      return row?.known ? (JSON.parse(row.known) as string[]) : undefined;
    },
    async lastDigestAt(ref) {
      return lastSentQ.get(ref.platform, ref.channel)?.sent_at ?? undefined;
    },
    async claimDigest(ref, date, now, staleAfterMs) {
      return write(() => claim.immediate(ref, date, now, staleAfterMs));
    },
    async markDigestSent(c, shown, known, now) {
      write(() => markSent.immediate(c, shown, known, now.toISOString()));
    },
    async releaseDigest(c, error) {
      write(() => releaseQ.run(error.slice(0, 500), c.claimId, c.attempt));
    },
    async questionsSince(ref, since) {
      return questionsQ.all(ref.platform, ref.channel, since ?? '').map((r) => ({
        at: r.at,
        platform: r.platform as Platform,
        channel: r.channel,
        userHash: r.user_hash,
        question: r.question,
        answered: r.answered === 1,
        topFact: r.top_fact ?? undefined,
        confidence: r.confidence,
      }));
    },
    async logQuestions(entries) {
      if (entries.length) write(() => logBatch.immediate(entries));
    },
    async secret(name) {
      // INSERT OR IGNORE then read: two processes starting together agree on one value.
      write(() => putSecretQ.run(name, randomBytes(32).toString('hex')));
      return getSecretQ.get(name)?.value ?? '';
    },
    async pruneQuestions(before) {
      return write(() => pruneQ.run(before.toISOString())).changes;
    },
    async vote(questionId, userHash, value, now) {
      if (!questionExistsQ.get(questionId)) return false;
      write(() => voteQ.run(questionId, userHash, value, now.toISOString()));
      return true;
    },
    async reportRows(since) {
      return reportQ.all(since ?? '').map((r) => ({
        id: r.id,
        at: r.at,
        question: r.question,
        answered: r.answered === 1,
        topFact: r.top_fact ?? undefined,
        up: r.up,
        down: r.down,
      }));
    },
    async firstSighting(key, now) {
      const fresh = write(() => seenQ.run(key, now.toISOString())).changes === 1;
      // Slack retries within minutes; a day of keys is plenty. Pruned now and then, not on every event.
      if (++sightings % 500 === 0) write(() => pruneSeenQ.run(new Date(now.getTime() - 86_400_000).toISOString()));
      return fresh;
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return store;
}

interface ReportDbRow {
  id: number;
  at: string;
  question: string;
  answered: number;
  top_fact: string | null;
  up: number;
  down: number;
}

interface SubRow {
  platform: string;
  channel: string;
  time: string;
  tz: string;
  paused: number;
  paused_reason: string | null;
  created_at: string;
}

interface PostRow {
  id: number;
  status: 'claimed' | 'sent' | 'failed';
  claimed_at: string;
  attempts: number;
}

interface QuestionRow {
  at: string;
  platform: string;
  channel: string;
  user_hash: string;
  question: string;
  answered: number;
  top_fact: string | null;
  confidence: number;
}

function toSub(r: SubRow): Subscription {
  return {
    platform: r.platform as Platform,
    channel: r.channel,
    time: r.time,
    tz: r.tz,
    paused: r.paused === 1,
    pausedReason: r.paused_reason ?? undefined,
    createdAt: r.created_at,
  };
}

/**
 * Creates a folder and its missing parents. Not mkdirSync's `recursive`: on Node 20 it loops forever where a
 * parent exists but mkdir answers ENOENT (procfs), and an unwritable path must fail fast instead.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const run = db.transaction(() => {
    const row = db.prepare<[], { version: number }>('SELECT version FROM schema_version').get();
    let version = row?.version ?? 0;
    if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
    while (version < MIGRATIONS.length) {
      db.exec(MIGRATIONS[version] ?? '');
      version++;
      db.prepare('UPDATE schema_version SET version = ?').run(version);
    }
    return version;
  });
  return run.immediate();
}
