/**
 * The digest scheduler driven by a simulated clock against a real SQLite file: one post a day per channel,
 * full rotation, new facts first, question activity, downtime, DST, extreme zones, delivery failures and
 * crashed claims. The platforms are stood in for by a recording Poster (the port, not a mock of our code).
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryError, type Poster } from '../../src/adapters/port';
import { localDate } from '../../src/core/digest';
import { loadFactBase, type FactBase } from '../../src/core/fact-base';
import type { ChannelRef, Subscription } from '../../src/core/store';
import { collapse } from '../../src/core/text';
import type { Platform, Reply } from '../../src/core/types';
import {
  createRetryBook,
  DEFAULT_STALE_AFTER_MS,
  runDigestTick,
  startDigestScheduler,
  type DigestTickOptions,
  type RetryBook,
  type TickResult,
} from '../../src/digest/scheduler';
import { createLogger } from '../../src/logger';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store';

const FACTS_DIR = join(__dirname, '..', '..', 'facts');
const MINUTE = 60_000;

/** A platform stand-in: records what was posted, and fails on cue. */
interface RecordingPoster extends Poster {
  readonly posts: { channel: string; reply: Reply }[];
  /** Every call, delivered or not. */
  readonly attempts: string[];
  /** The next `times` posts to `channel` throw `error`. */
  failNext(channel: string, error: unknown, times?: number): void;
  /** The next post to `channel` never answers until `release()` is called. */
  hangNext(channel: string): { release(): void; fail(err: unknown): void };
}

function recordingPoster(platform: Platform): RecordingPoster {
  const posts: { channel: string; reply: Reply }[] = [];
  const attempts: string[] = [];
  const faults = new Map<string, (() => Promise<void>)[]>();
  const queue = (channel: string, fault: () => Promise<void>): void => {
    faults.set(channel, [...(faults.get(channel) ?? []), fault]);
  };
  return {
    platform,
    posts,
    attempts,
    failNext(channel, error, times = 1) {
      for (let i = 0; i < times; i++) queue(channel, () => Promise.reject(error));
    },
    hangNext(channel) {
      let settle: { release(): void; fail(err: unknown): void } = { release: () => undefined, fail: () => undefined };
      const gate = new Promise<void>((resolve, reject) => {
        settle = { release: resolve, fail: reject };
      });
      queue(channel, () => gate);
      return { release: () => settle.release(), fail: (err) => settle.fail(err) };
    },
    async post(channel, reply) {
      attempts.push(channel);
      const fault = faults.get(channel)?.shift();
      if (fault) await fault();
      posts.push({ channel, reply });
    },
  };
}

let dir: string;
let store: SqliteStore;
let base: FactBase;
let logs: { level: number; msg: string; [k: string]: unknown }[];
const logger = () =>
  createLogger('debug', {
    write: (line: string) => {
      logs.push(JSON.parse(line) as (typeof logs)[number]);
    },
  });

function loadBase(path = FACTS_DIR): FactBase {
  const r = loadFactBase(path);
  if (!r.ok) throw new Error(`fact base: ${JSON.stringify(r.problems)}`);
  return r.base;
}

beforeAll(() => {
  base = loadBase();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-digest-'));
  store = openSqliteStore(join(dir, 'factdesk.db'));
  logs = [];
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string): Date => new Date(iso);
const slack = (channel: string): ChannelRef => ({ platform: 'slack', channel });

async function subscribe(ref: ChannelRef, time: string, tz: string, now: Date): Promise<void> {
  await store.subscribe({ ...ref, time, tz }, now);
}

function tick(now: Date, posters: ReadonlyMap<Platform, Poster>, extra: Partial<DigestTickOptions> = {}): Promise<TickResult> {
  return runDigestTick({ store, base, posters, now, logger: logger(), sleep: async () => undefined, ...extra });
}

/** Instants from `from` (inclusive) to `to` (exclusive) every `stepMs`. */
function* instants(from: Date, to: Date, stepMs: number): Generator<Date> {
  for (let t = from.getTime(); t < to.getTime(); t += stepMs) yield new Date(t);
}

interface PostRecord {
  platform: Platform;
  channel: string;
  date: string;
  at: Date;
}

/** Ticks over a span; returns every posted result with the tick's instant. */
async function runSpan(times: Iterable<Date>, posters: ReadonlyMap<Platform, Poster>, extra: Partial<DigestTickOptions> = {}): Promise<PostRecord[]> {
  const posted: PostRecord[] = [];
  for (const now of times) {
    const r = await tick(now, posters, extra);
    for (const c of r.channels) if (c.status === 'posted') posted.push({ platform: c.platform, channel: c.channel, date: c.date, at: now });
  }
  return posted;
}

/** Every minute in [center - spanMin, center + spanMin), plus every 15 minutes across the rest of [from, to). */
function denseAround(from: Date, to: Date, centers: Date[], spanMin = 90): Date[] {
  const set = new Set<number>();
  for (const t of instants(from, to, 15 * MINUTE)) set.add(t.getTime());
  for (const c of centers) for (const t of instants(new Date(c.getTime() - spanMin * MINUTE), new Date(c.getTime() + spanMin * MINUTE), MINUTE)) set.add(t.getTime());
  return [...set].sort((a, b) => a - b).map((t) => new Date(t));
}

const factIdByAnswer = (b: FactBase): Map<string, string> => new Map(b.facts.map((f) => [f.answer, f.id]));
const section = (reply: Reply, heading: RegExp) => reply.sections?.find((s) => heading.test(s.heading));

function postRow(ref: ChannelRef, date: string): { status: string; attempts: number } | undefined {
  return store.db
    .prepare<[string, string, string], { status: string; attempts: number }>('SELECT status, attempts FROM digest_posts WHERE platform = ? AND channel = ? AND local_date = ?')
    .get(ref.platform, ref.channel, date);
}

describe('a month of ticks', () => {
  test('posts exactly once a day per channel, at or after its local time, across a DST change', async () => {
    const poster = recordingPoster('slack');
    const start = at('2025-03-01T00:00:00Z');
    await subscribe(slack('CPARIS'), '09:00', 'Europe/Paris', start);
    await subscribe(slack('CNY'), '17:30', 'America/New_York', start);

    const posted = await runSpan(instants(start, at('2025-03-31T00:00:00Z'), 15 * MINUTE), new Map([['slack', poster]]));

    for (const [channel, tz] of [['CPARIS', 'Europe/Paris'], ['CNY', 'America/New_York']] as const) {
      const mine = posted.filter((p) => p.channel === channel);
      const dates = mine.map((p) => p.date);
      // 1..30 March in both zones (New York subscribed at 19:00 on 28 Feb local, after that day's 17:30).
      expect(dates).toEqual(Array.from({ length: 30 }, (_, i) => `2025-03-${String(i + 1).padStart(2, '0')}`));
      for (const p of mine) {
        expect(localDate(p.at, tz)).toBe(p.date);
        const local = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(p.at);
        // The first 15-minute tick at or after the local time, whatever the UTC offset that day.
        expect(local).toBe(channel === 'CPARIS' ? '09:00' : '17:30');
      }
    }
    expect(poster.posts).toHaveLength(60);
    // Paris on 30 March (CEST) posts at 07:00Z, on 29 March (CET) at 08:00Z.
    expect(posted.find((p) => p.channel === 'CPARIS' && p.date === '2025-03-30')?.at.toISOString()).toBe('2025-03-30T07:00:00.000Z');
    expect(posted.find((p) => p.channel === 'CPARIS' && p.date === '2025-03-29')?.at.toISOString()).toBe('2025-03-29T08:00:00.000Z');
  });

  test('rotates through every fact before any repeats, each item with its verbatim quote and paragraph', async () => {
    const poster = recordingPoster('slack');
    const start = at('2025-04-01T00:00:00Z');
    await subscribe(slack('C1'), '08:00', 'UTC', start);
    await runSpan(instants(start, at('2025-05-01T00:00:00Z'), 15 * MINUTE), new Map([['slack', poster]]));
    expect(poster.posts).toHaveLength(30);

    const story = base.stories[0];
    const headline = base.facts.find((f) => f.id === story?.meta.headline);
    const pool = base.facts.filter((f) => f !== headline).map((f) => f.id);
    const idOf = factIdByAnswer(base);
    let cycle = new Set<string>();
    let cycles = 0;
    for (const { reply } of poster.posts) {
      expect(reply.visibility).toBe('public');
      expect(reply.text).toBe(headline?.answer);
      const items = section(reply, /from the story/i)?.items ?? [];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const id = idOf.get(item.text);
        expect(id).toBeDefined();
        const src = item.source;
        expect(src).toBeDefined();
        expect(collapse(story?.paragraphs[(src?.paragraph ?? 0) - 1] ?? '')).toContain(collapse(src?.quote ?? '-'));
        if (cycle.has(id ?? '')) {
          // A repeat: only once every fact has been shown.
          expect(cycle.size).toBe(pool.length);
          cycle = new Set();
          cycles++;
        }
        cycle.add(id ?? '');
      }
    }
    expect(cycles).toBeGreaterThanOrEqual(2);
    expect(new Set(await store.shownFacts(slack('C1')))).toEqual(new Set(base.facts.map((f) => f.id)));
  });
});

describe('what a digest says', () => {
  /** A second fact base: a copy of the story with `n` more facts, loaded by the real loader. */
  function grownBase(n: number): { grown: FactBase; added: string[] } {
    const copy = join(dir, `facts-${n}`);
    cpSync(FACTS_DIR, copy, { recursive: true });
    const donor = base.facts.find((f) => f.id !== base.stories[0]?.meta.headline);
    const src = donor?.sources[0];
    if (!donor || !src) throw new Error('no donor fact');
    const storyDir = base.stories[0]?.dir.split(/[\\/]/).pop() ?? '';
    const added = Array.from({ length: n }, (_, i) => `Added later (${i + 1}): ${donor.answer}`);
    for (const [i, answer] of added.entries()) {
      appendFileSync(
        join(copy, storyDir, 'facts.yml'),
        `\n- id: digest-test-added-${i + 1}\n  kind: claim\n  about: ${JSON.stringify(donor.about)}\n  answer: ${JSON.stringify(answer)}\n` +
          `  questions:\n    - ${JSON.stringify('What was added?')}\n  sources:\n    - paragraph: ${src.paragraph}\n      quote: ${JSON.stringify(src.quote)}\n      attribution: ${JSON.stringify(src.attribution)}\n`,
      );
    }
    const grown = loadBase(copy);
    expect(grown.facts).toHaveLength(base.facts.length + n);
    return { grown, added };
  }

  const texts = (r: Reply | undefined) => r?.sections?.flatMap((s) => s.items.map((i) => i.text)) ?? [];

  test('facts added to the fact base since the last digest come first, under a "new" heading', async () => {
    const { grown, added } = grownBase(1);
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-05-01T00:00:00Z'));
    await tick(at('2025-05-01T09:00:00Z'), posters);
    expect(section(poster.posts[0]?.reply ?? ({} as Reply), /new/i)).toBeUndefined(); // a first digest has nothing "new"

    await runDigestTick({ store, base: grown, posters, now: at('2025-05-02T09:00:00Z'), logger: logger() });
    const second = poster.posts[1]?.reply;
    expect(second?.sections?.[0]?.heading).toMatch(/new/i);
    expect(second?.sections?.[0]?.items.map((i) => i.text)).toEqual(added);
    expect(grown.stories[0]?.paragraphs.join(' ')).toContain(second?.sections?.[0]?.items[0]?.source?.quote ?? '-');

    await runDigestTick({ store, base: grown, posters, now: at('2025-05-03T09:00:00Z'), logger: logger() });
    const third = poster.posts[2]?.reply;
    expect(third?.sections?.some((s) => /new/i.test(s.heading))).toBe(false);
    // The added fact, shown as new, isn't rotated in again before the rest.
    expect(texts(third)).not.toContain(added[0]);
  });

  test('more new facts than a digest leads with: the rest lead the next digest, still as new', async () => {
    const { grown, added } = grownBase(5);
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-05-01T00:00:00Z'));
    await tick(at('2025-05-01T09:00:00Z'), posters);
    for (const day of ['02', '03', '04']) {
      await runDigestTick({ store, base: grown, posters, now: at(`2025-05-${day}T09:00:00Z`), logger: logger() });
    }
    const [, d2, d3, d4] = poster.posts.map((p) => p.reply);
    expect(section(d2 as Reply, /new/i)?.items.map((i) => i.text)).toEqual(added.slice(0, 3));
    expect(section(d3 as Reply, /new/i)?.items.map((i) => i.text)).toEqual(added.slice(3));
    expect(section(d4 as Reply, /new/i)).toBeUndefined();
    // Each added fact appears exactly once across those digests.
    const all = [d2, d3, d4].flatMap(texts);
    for (const a of added) expect(all.filter((t) => t === a)).toHaveLength(1);
  });

  test("counts the channel's own questions since its last digest: asked, most asked, not answerable", async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-05-01T00:00:00Z'));
    let id = 0;
    const log = (channel: string, iso: string, question: string, answered: boolean) =>
      store.logQuestions([{ id: ++id, platform: 'slack', channel, at: iso, userHash: 'u', question, answered, confidence: answered ? 0.9 : 0.1 }]);

    await log('C1', '2025-05-01T08:00:00.000Z', 'Before the first digest', true);
    await tick(at('2025-05-01T09:00:00Z'), posters);
    const first = section(poster.posts[0]?.reply ?? ({} as Reply), /questions/i);
    // One question is no "most asked".
    expect(first?.items.map((i) => i.text)).toEqual(['1 question asked since the last digest; the story could not answer 0.']);

    await log('C1', '2025-05-01T10:00:00.000Z', 'Which app did Starmer use?', true);
    await log('C1', '2025-05-01T11:00:00.000Z', 'which app did Starmer use', true);
    await log('C1', '2025-05-01T12:00:00.000Z', 'What will the weather be?', false);
    await log('C2', '2025-05-01T12:30:00.000Z', 'Another channel entirely?', false);
    await tick(at('2025-05-02T09:00:00Z'), posters);
    const second = section(poster.posts[1]?.reply ?? ({} as Reply), /questions/i);
    expect(second?.items.map((i) => i.text)).toEqual([
      '3 questions asked since the last digest; the story could not answer 1.',
      'Most asked (2×): Which app did Starmer use?',
    ]);

    await tick(at('2025-05-03T09:00:00Z'), posters);
    expect(section(poster.posts[2]?.reply ?? ({} as Reply), /questions/i)?.items[0]?.text).toBe('No questions since the last digest.');
  });
});

describe('downtime', () => {
  test('a digest missed while down goes out when the process is back the same local day', async () => {
    const poster = recordingPoster('slack');
    await subscribe(slack('C1'), '09:00', 'Europe/London', at('2025-06-01T00:00:00Z'));
    // Down from before 09:00 BST (08:00Z) until 14:00.
    const r = await tick(at('2025-06-02T13:00:00Z'), new Map([['slack', poster]]));
    expect(r.channels[0]).toMatchObject({ status: 'posted', date: '2025-06-02' });
    expect(poster.posts).toHaveLength(1);
  });

  test('a day missed entirely is not posted late the next day', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'Europe/London', at('2025-06-01T00:00:00Z'));
    // Down all of 2 June local; back at 00:05 and 07:59 BST on 3 June.
    const early = await runSpan([at('2025-06-02T23:05:00Z'), at('2025-06-03T06:59:00Z')], posters);
    expect(early).toEqual([]);
    expect(postRow(slack('C1'), '2025-06-02')).toBeUndefined();
    const later = await runSpan(instants(at('2025-06-03T07:00:00Z'), at('2025-06-04T00:00:00Z'), 15 * MINUTE), posters);
    expect(later.map((p) => p.date)).toEqual(['2025-06-03']);
    expect(poster.posts).toHaveLength(1);
  });

  test('a channel subscribed after its time today starts tomorrow', async () => {
    const poster = recordingPoster('slack');
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T15:00:00Z'));
    const posted = await runSpan(instants(at('2025-06-01T15:00:00Z'), at('2025-06-03T00:00:00Z'), 15 * MINUTE), new Map([['slack', poster]]));
    expect(posted.map((p) => p.date)).toEqual(['2025-06-02']);
  });
});

describe('daylight saving time', () => {
  const cases: { name: string; tz: string; time: string; from: string; to: string; expect: Record<string, string> }[] = [
    {
      name: 'New York spring-forward, a time inside the skipped hour (02:30 on 9 March 2025)',
      tz: 'America/New_York',
      time: '02:30',
      from: '2025-03-08T05:00:00Z',
      to: '2025-03-11T04:00:00Z',
      // 02:30 doesn't exist on the 9th: it goes out at 03:00 EDT, once.
      expect: { '2025-03-08': '2025-03-08T07:30:00.000Z', '2025-03-09': '2025-03-09T07:00:00.000Z', '2025-03-10': '2025-03-10T06:30:00.000Z' },
    },
    {
      name: 'London spring-forward, a time inside the skipped hour (01:30 on 30 March 2025)',
      tz: 'Europe/London',
      time: '01:30',
      from: '2025-03-29T00:00:00Z',
      to: '2025-03-31T23:00:00Z',
      expect: { '2025-03-29': '2025-03-29T01:30:00.000Z', '2025-03-30': '2025-03-30T01:00:00.000Z', '2025-03-31': '2025-03-31T00:30:00.000Z' },
    },
    {
      name: 'New York fall-back, a time that happens twice (01:30 on 2 November 2025)',
      tz: 'America/New_York',
      time: '01:30',
      from: '2025-11-01T04:00:00Z',
      to: '2025-11-04T05:00:00Z',
      expect: { '2025-11-01': '2025-11-01T05:30:00.000Z', '2025-11-02': '2025-11-02T05:30:00.000Z', '2025-11-03': '2025-11-03T06:30:00.000Z' },
    },
    {
      name: 'London fall-back, a time that happens twice (01:30 on 26 October 2025)',
      tz: 'Europe/London',
      time: '01:30',
      from: '2025-10-24T23:00:00Z',
      to: '2025-10-27T23:30:00Z',
      expect: { '2025-10-25': '2025-10-25T00:30:00.000Z', '2025-10-26': '2025-10-26T00:30:00.000Z', '2025-10-27': '2025-10-27T01:30:00.000Z' },
    },
  ];

  test.each(cases)('$name: one post a local day', async (c) => {
    const poster = recordingPoster('slack');
    await subscribe(slack('C1'), c.time, c.tz, at(c.from));
    const centers = Object.values(c.expect).map(at);
    // Every minute for an hour and a half either side of each post (the whole repeated hour included).
    const posted = await runSpan(denseAround(at(c.from), at(c.to), centers), new Map([['slack', poster]]));
    expect(Object.fromEntries(posted.map((p) => [p.date, p.at.toISOString()]))).toEqual(c.expect);
    expect(posted).toHaveLength(3);
  });
});

describe('zones at the edges of the day', () => {
  test('Pacific/Kiritimati (UTC+14) and Etc/GMT+12 (UTC-12) post on their own local dates', async () => {
    const poster = recordingPoster('slack');
    const start = at('2025-05-30T00:00:00Z');
    await subscribe(slack('CKIRI'), '09:00', 'Pacific/Kiritimati', start);
    await subscribe(slack('CBAKER'), '09:00', 'Etc/GMT+12', start);
    const posted = await runSpan(instants(start, at('2025-06-03T00:00:00Z'), 15 * MINUTE), new Map([['slack', poster]]));
    const of = (ch: string) => Object.fromEntries(posted.filter((p) => p.channel === ch).map((p) => [p.date, p.at.toISOString()]));
    // 09:00 on 1 June in Kiritimati is 19:00Z on 31 May; in Etc/GMT+12 it is 21:00Z on 1 June.
    expect(of('CKIRI')).toEqual({
      '2025-05-31': '2025-05-30T19:00:00.000Z',
      '2025-06-01': '2025-05-31T19:00:00.000Z',
      '2025-06-02': '2025-06-01T19:00:00.000Z',
      '2025-06-03': '2025-06-02T19:00:00.000Z',
    });
    expect(of('CBAKER')).toEqual({
      '2025-05-30': '2025-05-30T21:00:00.000Z',
      '2025-05-31': '2025-05-31T21:00:00.000Z',
      '2025-06-01': '2025-06-01T21:00:00.000Z',
      '2025-06-02': '2025-06-02T21:00:00.000Z',
    });
    // The digest's title carries the channel's local date, not the UTC one.
    const kiri = poster.posts.find((p) => p.channel === 'CKIRI')?.reply.title ?? '';
    expect(kiri).toMatch(/2025-05-31$/);
  });
});

describe('delivery failures', () => {
  test('a 429 then success: released, retried by a later tick, posted once the same day', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    poster.failNext('C1', new DeliveryError('transient', 'ratelimited', 2_000), 3);
    const slept: number[] = [];
    const opts = { maxAttempts: 2, sleep: async (ms: number) => void slept.push(ms) };

    const first = await tick(at('2025-06-01T09:00:00Z'), posters, opts);
    expect(first.channels[0]).toMatchObject({ status: 'failed', failure: 'transient', attempts: 2 });
    expect(slept).toEqual([2_000]); // Retry-After honoured inside the tick
    expect(postRow(slack('C1'), '2025-06-01')?.status).toBe('failed');

    const second = await tick(at('2025-06-01T09:15:00Z'), posters, opts);
    expect(second.channels[0]).toMatchObject({ status: 'posted', attempts: 2 });
    const rest = await runSpan(instants(at('2025-06-01T09:30:00Z'), at('2025-06-02T00:00:00Z'), 15 * MINUTE), posters, opts);
    expect(rest).toEqual([]);
    expect(poster.posts).toHaveLength(1);
    expect(poster.attempts).toHaveLength(4);
  });

  test('5xx without Retry-After: exponential backoff inside the tick', async () => {
    const poster = recordingPoster('slack');
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    poster.failNext('C1', new DeliveryError('transient', 'HTTP 503'), 2);
    const slept: number[] = [];
    const r = await tick(at('2025-06-01T09:00:00Z'), new Map([['slack', poster]]), { maxAttempts: 3, sleep: async (ms) => void slept.push(ms) });
    expect(r.channels[0]).toMatchObject({ status: 'posted', attempts: 3 });
    expect(slept).toEqual([1_000, 2_000]);
  });

  test('a long Retry-After is waited out between ticks, not inside one (serve keeps a retry book)', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    const retries: RetryBook = createRetryBook();
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    poster.failNext('C1', new DeliveryError('transient', 'ratelimited', 20 * MINUTE));
    const slept: number[] = [];
    const opts = { retries, sleep: async (ms: number) => void slept.push(ms) };
    const r1 = await tick(at('2025-06-01T09:00:00Z'), posters, opts);
    expect(r1.channels[0]).toMatchObject({ status: 'failed', attempts: 1, retryAt: '2025-06-01T09:20:00.000Z' });
    expect(slept).toEqual([]);
    const r2 = await tick(at('2025-06-01T09:15:00Z'), posters, opts);
    expect(r2.channels[0]).toMatchObject({ status: 'skipped', reason: 'backing off' });
    const r3 = await tick(at('2025-06-01T09:30:00Z'), posters, opts);
    expect(r3.channels[0]).toMatchObject({ status: 'posted' });
    expect(poster.attempts).toHaveLength(2);
  });

  test("a gone channel is paused and logged; the other channels still get their digests", async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    const start = at('2025-06-01T00:00:00Z');
    await subscribe(slack('CGONE'), '09:00', 'UTC', start);
    await subscribe(slack('COK'), '09:00', 'UTC', start);
    await subscribe({ platform: 'discord', channel: '123' }, '09:00', 'UTC', start); // Discord not configured
    poster.failNext('CGONE', new DeliveryError('gone', 'channel_not_found'));

    const r = await tick(at('2025-06-01T09:00:00Z'), posters);
    const by = Object.fromEntries(r.channels.map((c) => [c.channel, c]));
    expect(by.CGONE).toMatchObject({ status: 'paused' });
    expect(by.COK).toMatchObject({ status: 'posted' });
    expect(by['123']).toMatchObject({ status: 'skipped', reason: 'no poster' });
    const sub = (await store.subscription(slack('CGONE'))) as Subscription;
    expect(sub.paused).toBe(true);
    expect(sub.pausedReason).toContain('channel_not_found');
    expect(logs.some((l) => l.level === 40 && /paused/.test(l.msg) && l.channel === 'CGONE')).toBe(true);
    expect(logs.some((l) => l.level === 40 && /no discord poster/.test(l.msg))).toBe(true);

    // Paused channels aren't tried again; the next day the healthy one posts as usual.
    const next = await runSpan(instants(at('2025-06-01T09:15:00Z'), at('2025-06-03T00:00:00Z'), 15 * MINUTE), posters);
    expect(next.map((p) => `${p.channel} ${p.date}`)).toEqual(['COK 2025-06-02']);
    expect(poster.attempts.filter((c) => c === 'CGONE')).toHaveLength(1);
  });

  test('a poster that throws something unexpected fails that channel only, and a later tick retries it', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('CA'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    await subscribe(slack('CB'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    poster.failNext('CA', new TypeError('cannot read properties of undefined'));
    const r = await tick(at('2025-06-01T09:00:00Z'), posters);
    expect(r.channels.map((c) => c.status)).toEqual(['failed', 'posted']);
    expect(r.channels[0]).toMatchObject({ failure: 'fatal', attempts: 1 });
    const r2 = await tick(at('2025-06-01T09:01:00Z'), posters);
    expect(r2.channels.map((c) => c.status)).toEqual(['posted', 'skipped']);
    expect(poster.posts.map((p) => p.channel).sort()).toEqual(['CA', 'CB']);
  });

  test('a post that never answers: the tick moves on, the claim is kept, and the late answer is recorded', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('CA'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    await subscribe(slack('CB'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    const hung = poster.hangNext('CA');
    const r = await tick(at('2025-06-01T09:00:00Z'), posters, { postTimeoutMs: 30 });
    expect(r.channels.map((c) => c.status)).toEqual(['failed', 'posted']);
    expect(r.channels[0]).toMatchObject({ failure: 'timeout' });
    expect(postRow(slack('CA'), '2025-06-01')?.status).toBe('claimed');
    // Inside the stale window, nobody else may post it.
    expect((await tick(at('2025-06-01T09:05:00Z'), posters)).channels[0]).toMatchObject({ status: 'skipped', reason: 'claimed elsewhere' });
    hung.release();
    await r.settled;
    expect(postRow(slack('CA'), '2025-06-01')?.status).toBe('sent');
    expect((await tick(at('2025-06-01T09:30:00Z'), posters)).channels[0]).toMatchObject({ status: 'skipped', reason: 'already sent' });
    expect(poster.posts.map((p) => p.channel).sort()).toEqual(['CA', 'CB']);
  });
});

describe('claims', () => {
  test('a claim left by a crashed run is retried once after the stale window, not duplicated', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
    // The crashed run: claimed at 09:00, never sent.
    const crashed = await store.claimDigest(slack('C1'), '2025-06-01', at('2025-06-01T09:00:00Z'), DEFAULT_STALE_AFTER_MS);
    expect(crashed).toBeDefined();

    const within = await runSpan(instants(at('2025-06-01T09:01:00Z'), at('2025-06-01T09:10:00Z'), MINUTE), posters);
    expect(within).toEqual([]);
    const r = await tick(at('2025-06-01T09:10:00Z'), posters);
    expect(r.channels[0]).toMatchObject({ status: 'skipped', reason: 'claimed elsewhere' });

    const after = await runSpan(instants(at('2025-06-01T09:11:00Z'), at('2025-06-02T00:00:00Z'), MINUTE), posters);
    expect(after.map((p) => p.at.toISOString())).toEqual(['2025-06-01T09:11:00.000Z']);
    expect(poster.posts).toHaveLength(1);
    expect(postRow(slack('C1'), '2025-06-01')).toEqual({ status: 'sent', attempts: 2 });
  });

  test("a run whose claim went stale can't give back the claim another run took over", async () => {
    const ref = slack('C1');
    const date = '2025-06-01';
    const slow = await store.claimDigest(ref, date, at('2025-06-01T09:00:00Z'), DEFAULT_STALE_AFTER_MS);
    const takeover = await store.claimDigest(ref, date, at('2025-06-01T09:11:00Z'), DEFAULT_STALE_AFTER_MS);
    expect(slow && takeover).toBeTruthy();
    // The slow run finally fails and releases: the takeover's live claim must survive it.
    await store.releaseDigest(slow!, 'transient: timed out');
    expect(postRow(ref, date)?.status).toBe('claimed');
    expect(await store.claimDigest(ref, date, at('2025-06-01T09:12:00Z'), DEFAULT_STALE_AFTER_MS)).toBeUndefined();
    // The current holder can release; then a later run claims it again.
    await store.releaseDigest(takeover!, 'transient: 503');
    expect(await store.claimDigest(ref, date, at('2025-06-01T09:13:00Z'), DEFAULT_STALE_AFTER_MS)).toBeDefined();
  });

  test('two ticks racing on the same file post once', async () => {
    const poster = recordingPoster('slack');
    const posters = new Map([['slack' as const, poster]]);
    const other = openSqliteStore(join(dir, 'factdesk.db'));
    try {
      await subscribe(slack('C1'), '09:00', 'UTC', at('2025-06-01T00:00:00Z'));
      const now = at('2025-06-01T09:00:00Z');
      const [a, b] = await Promise.all([
        tick(now, posters),
        runDigestTick({ store: other, base, posters, now, logger: logger() }),
      ]);
      expect([a.channels[0]?.status, b.channels[0]?.status].sort()).toEqual(['posted', 'skipped']);
      expect(poster.posts).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('startDigestScheduler', () => {
  test('ticks once at start (catching up after downtime) and stops cleanly', async () => {
    const poster = recordingPoster('slack');
    await subscribe(slack('C1'), '09:00', 'Europe/Paris', at('2025-06-01T00:00:00Z'));
    const ticks: TickResult[] = [];
    let firstTick: () => void = () => undefined;
    const ticked = new Promise<void>((resolve) => {
      firstTick = resolve;
    });
    const scheduler = startDigestScheduler({
      store,
      base,
      posters: new Map([['slack', poster]]),
      logger: logger(),
      clock: () => at('2025-06-01T12:00:00Z'), // 14:00 in Paris: today's 09:00 was missed
      onTick: (r) => {
        ticks.push(r);
        firstTick();
      },
    });
    await ticked;
    await scheduler.stop();
    expect(ticks[0]?.channels[0]).toMatchObject({ status: 'posted', date: '2025-06-01' });
    expect(poster.posts).toHaveLength(1);
  });
});
