import { join } from 'node:path';
import { createBot, looksLikeQuestion, type Bot, type IncomingMessage } from '../src/bot';
import { createRateLimiter } from '../src/core/rate-limit';
import { createLogger } from '../src/logger';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite-store';
import { realCore, tempDir } from './helpers';

const lines: string[] = [];
const logger = createLogger('info', { write: (l: string) => void lines.push(l) });
let store: SqliteStore;
let now = new Date('2026-07-01T10:00:00Z');
const clock = (): Date => now;

function botWith(rate = { userBurst: 3, userPerMin: 6, channelBurst: 100, channelPerMin: 1000 }): Bot {
  return createBot({ core: realCore(store), store, logger, rate, userSalt: 'salt', clock });
}

const msg = (text: string, over: Partial<IncomingMessage> = {}): IncomingMessage => ({
  platform: 'slack',
  channel: 'C1',
  user: 'U1',
  text,
  direct: false,
  mentioned: true,
  fromBot: false,
  ...over,
});

beforeEach(() => {
  store = openSqliteStore(join(tempDir(), 'bot.db'));
  now = new Date('2026-07-01T10:00:00Z');
  lines.length = 0;
});
afterEach(() => store.close());

describe('the rate limiter', () => {
  it('allows a burst, then a steady rate, and tells the user once per episode', () => {
    const limiter = createRateLimiter({ userBurst: 2, userPerMin: 60, channelBurst: 100, channelPerMin: 100 });
    const t = 1_000_000;
    expect(limiter.take('u', 'c', t).ok).toBe(true);
    expect(limiter.take('u', 'c', t).ok).toBe(true);
    expect(limiter.take('u', 'c', t)).toMatchObject({ ok: false, notify: true });
    expect(limiter.take('u', 'c', t + 10)).toMatchObject({ ok: false, notify: false });
    // One token a second comes back.
    expect(limiter.take('u', 'c', t + 1_100).ok).toBe(true);
    expect(limiter.take('u', 'c', t + 1_150)).toMatchObject({ ok: false, notify: true });
  });

  it('limits a user alone when no channel bucket is configured', () => {
    const limiter = createRateLimiter({ userBurst: 2, userPerMin: 60 });
    const t = 1_000_000;
    expect(limiter.take('u', undefined, t).ok).toBe(true);
    expect(limiter.take('u', undefined, t).ok).toBe(true);
    expect(limiter.take('u', undefined, t)).toMatchObject({ ok: false, notify: true, retryAfterMs: 1000 });
    expect(limiter.take('v', undefined, t).ok).toBe(true);
    expect(limiter.take('u', undefined, t + 1000).ok).toBe(true);
  });

  it('limits a busy channel across users', () => {
    const limiter = createRateLimiter({ userBurst: 100, userPerMin: 100, channelBurst: 2, channelPerMin: 1 });
    expect(limiter.take('a', 'c', 0).ok).toBe(true);
    expect(limiter.take('b', 'c', 0).ok).toBe(true);
    expect(limiter.take('c', 'c', 0).ok).toBe(false);
    expect(limiter.take('c', 'other', 0).ok).toBe(true);
  });
});

describe('the bot', () => {
  it('answers a user over the limit with one private notice, then silence', async () => {
    const bot = botWith();
    for (let i = 0; i < 3; i++) expect((await bot.message(msg('Which app did Starmer use?'))).type).toBe('reply');
    const first = await bot.message(msg('Which app did Starmer use?'));
    expect(first.type).toBe('limited');
    if (first.type !== 'limited') return;
    expect(first.notice?.visibility).toBe('private');
    expect(first.notice?.text).toMatch(/wait about \d+ s/);
    const second = await bot.message(msg('Which app did Starmer use?'));
    expect(second).toEqual({ type: 'limited', notice: undefined });
    now = new Date(now.getTime() + 60_000);
    expect((await bot.message(msg('Which app did Starmer use?'))).type).toBe('reply');
  });

  it('never answers bots, itself included, even when mentioned', async () => {
    const bot = botWith();
    expect(await bot.message(msg('Who called Macron?', { fromBot: true }))).toMatchObject({ type: 'silent' });
  });

  it('in a listening channel answers questions the story answers and stays silent otherwise', async () => {
    const bot = botWith();
    const passive = { mentioned: false, channel: 'C-listen' };
    expect(await bot.message(msg('Which app did Starmer use?', passive))).toMatchObject({ type: 'silent', reason: 'not listening' });
    await store.setListening({ platform: 'slack', channel: 'C-listen' }, true);
    expect(await bot.message(msg('Which app did Starmer use?', passive))).toMatchObject({ type: 'reply' });
    expect(await bot.message(msg('How tall is Trump?', passive))).toMatchObject({ type: 'silent', reason: 'no answer in passive mode' });
    expect(await bot.message(msg('lunch anyone', passive))).toMatchObject({ type: 'silent', reason: 'not a question' });
  });

  it('logs questions behind the answer, hashing the user, and keeps them through a read-only spell', async () => {
    const bot = botWith({ userBurst: 100, userPerMin: 100, channelBurst: 100, channelPerMin: 100 });
    const a = await bot.command({ command: 'ask', args: { question: 'Which app did Starmer use?' }, platform: 'slack', user: 'U-secret', channel: 'C1' });
    expect(a.type === 'reply' && a.reply.feedbackId).toEqual(expect.any(Number));
    store.db.pragma('query_only = ON');
    await bot.command({ command: 'ask', args: { question: 'How old is Macron?' }, platform: 'slack', user: 'U-secret', channel: 'C1' });
    await bot.flush();
    expect(lines.some((l) => l.includes('question log write failed'))).toBe(true);
    store.db.pragma('query_only = OFF');
    await bot.flush();
    const rows = await store.questionsSince({ platform: 'slack', channel: 'C1' }, undefined);
    expect(rows.map((r) => r.question)).toEqual(['Which app did Starmer use?', 'How old is Macron?']);
    expect(rows.map((r) => r.answered)).toEqual([true, false]);
    expect(rows[0]?.userHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(rows)).not.toContain('U-secret');
  });

  it('stores one vote per user per answer, changeable', async () => {
    const bot = botWith();
    const a = await bot.command({ command: 'ask', args: { question: 'Which app did Starmer use?' }, platform: 'discord', user: 'U1', channel: 'C1' });
    const id = a.type === 'reply' ? a.reply.feedbackId : undefined;
    if (id === undefined) throw new Error('no feedback id');
    expect((await bot.vote('discord', 'U1', id, -1)).text).toMatch(/noted/);
    await bot.vote('discord', 'U1', id, 1);
    await bot.vote('discord', 'U2', id, 1);
    const row = (await store.reportRows(undefined)).find((r) => r.id === id);
    expect(row).toMatchObject({ up: 2, down: 0 });
    expect((await bot.vote('discord', 'U1', 12345, 1)).text).toMatch(/not recorded/);
  });

  it('rate limits votes per user, with a clear reply, and records them again after a wait', async () => {
    const bot = botWith();
    const a = await bot.command({ command: 'ask', args: { question: 'Which app did Starmer use?' }, platform: 'slack', user: 'U1', channel: 'C1' });
    const id = a.type === 'reply' ? a.reply.feedbackId : undefined;
    if (id === undefined) throw new Error('no feedback id');
    const replies: string[] = [];
    for (let i = 0; i < 12; i++) replies.push((await bot.vote('slack', 'U1', id, i % 2 ? 1 : -1)).text);
    expect(replies.slice(0, 10).every((t) => /Thanks/.test(t))).toBe(true);
    expect(replies.slice(10).every((t) => /voting faster/.test(t))).toBe(true);
    // Someone else is not held back, and the first user may vote again once the bucket refills.
    expect((await bot.vote('slack', 'U2', id, 1)).text).toMatch(/Thanks/);
    now = new Date(now.getTime() + 60_000);
    expect((await bot.vote('slack', 'U1', id, 1)).text).toMatch(/glad it helped/);
    const row = (await store.reportRows(undefined)).find((r) => r.id === id);
    expect(row).toMatchObject({ up: 2, down: 0 });
  });

  it('prunes the log after the kept days', async () => {
    const bot = botWith();
    await bot.command({ command: 'ask', args: { question: 'Which app did Starmer use?' }, platform: 'slack', user: 'U1', channel: 'C1' });
    await bot.flush();
    expect(await store.pruneQuestions(new Date('2026-06-01T00:00:00Z'))).toBe(0);
    expect(await store.pruneQuestions(new Date('2026-07-02T00:00:00Z'))).toBe(1);
  });

  it('tells questions from chatter', () => {
    expect(looksLikeQuestion('who called macron')).toBe(true);
    expect(looksLikeQuestion('the golf thing?')).toBe(true);
    expect(looksLikeQuestion('lol nice')).toBe(false);
  });
});
