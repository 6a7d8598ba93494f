/**
 * `/digest subscribe | unsubscribe | status | preview` through the neutral dispatcher, as every adapter
 * calls it, with the real command registry, the core from the fact base and a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Poster } from '../../src/adapters/port';
import { buildCore, type Core } from '../../src/core/bootstrap';
import { dispatch, parseArgs, splitCommand } from '../../src/core/registry';
import type { ChannelRef } from '../../src/core/store';
import type { Invocation, Platform, Reply } from '../../src/core/types';
import { runDigestTick } from '../../src/digest/scheduler';
import { createLogger } from '../../src/logger';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store';

const FACTS_DIR = join(__dirname, '..', '..', 'facts');

let dir: string;
let store: SqliteStore;
let core: Core;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-digest-cmd-'));
  store = openSqliteStore(join(dir, 'factdesk.db'));
  // Defaults as FACTDESK_DIGEST_TIME / FACTDESK_DIGEST_TZ would set them.
  const built = buildCore(FACTS_DIR, { store, digestTime: '08:15', digestTz: 'Europe/Berlin' });
  if (!built.ok) throw new Error(built.error);
  core = built.core;
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string): Date => new Date(iso);

/** A typed command line, parsed from the command's declaration as Slack and the terminal do. */
function typed(line: string, ref: ChannelRef): Invocation {
  const split = splitCommand(line);
  const cmd = split ? core.registry.get(split.name) : undefined;
  if (!split || !cmd) throw new Error(`not a command: ${line}`);
  return { command: cmd.name, args: parseArgs(cmd, split.rest), platform: ref.platform, channel: ref.channel, user: 'U1' };
}

function run(line: string, now: Date, ref: ChannelRef = { platform: 'slack', channel: 'C1' }): Promise<Reply> {
  return dispatch(core.registry, typed(line, ref), core.services, now, (err) => {
    throw err;
  });
}

function allText(r: Reply): string {
  return [r.title ?? '', r.text, ...(r.sections ?? []).flatMap((s) => [s.heading, ...s.items.map((i) => i.text)]), ...(r.notes ?? [])].join('\n');
}

describe('/digest subscribe', () => {
  test('stores the time and zone given, in either order, and says when the first digest comes', async () => {
    const reply = await run('/digest subscribe 07:30 Asia/Tokyo', at('2025-03-09T00:00:00Z'));
    expect(reply.visibility).toBe('public');
    expect(reply.text).toContain('07:30 Asia/Tokyo');
    expect(reply.text).toContain('Mon 10 Mar, 07:30 GMT+9');
    expect(await store.subscription({ platform: 'slack', channel: 'C1' })).toMatchObject({ time: '07:30', tz: 'Asia/Tokyo', paused: false });

    // Discord sends options by name; a zone typed into the time field is still understood.
    const discord: Invocation = { command: 'digest', args: { subcommand: 'subscribe', time: 'America/New_York', timezone: '9:05' }, platform: 'discord', channel: '42', user: 'U1' };
    const r2 = await dispatch(core.registry, discord, core.services, at('2025-03-09T00:00:00Z'));
    expect(r2.text).toContain('09:05 America/New_York');
    expect(await store.subscription({ platform: 'discord', channel: '42' })).toMatchObject({ time: '09:05', tz: 'America/New_York' });
  });

  test("resuming a paused subscription after its time, with today's digest not out, says it goes out today", async () => {
    await run('/digest subscribe 09:00 UTC', at('2025-03-08T00:00:00Z'));
    await store.pause({ platform: 'slack', channel: 'C1' }, 'channel gone or bot removed (not_in_channel)');
    const reply = await run('/digest subscribe 09:00 UTC', at('2025-03-09T15:00:00Z'));
    expect(reply.text).toBe("Subscribed: this channel gets the daily digest at 09:00 UTC. Today's goes out at the scheduler's next run.");
    expect(await sendToday(at('2025-03-09T15:01:00Z'))).toHaveLength(1);
    // A new subscription after today's time starts tomorrow, as it says.
    const fresh = await run('/digest subscribe 09:00 UTC', at('2025-03-09T15:00:00Z'), { platform: 'slack', channel: 'C2' });
    expect(fresh.text).toContain('Next: Mon 10 Mar, 09:00 UTC');
  });

  test('without arguments uses the configured default time and zone', async () => {
    await run('/digest subscribe', at('2025-03-09T00:00:00Z'), { platform: 'terminal', channel: 'terminal' });
    expect(await store.subscription({ platform: 'terminal', channel: 'terminal' })).toMatchObject({ time: '08:15', tz: 'Europe/Berlin' });
  });

  test.each([
    ['25:00', /not a time.*HH:MM/],
    ['Mars/Olympus', /not a time zone.*IANA/],
    ['tomorrow-ish', /neither a time nor a time zone.*HH:MM.*IANA/],
    ['09:00 Mars/Olympus', /not a time zone.*IANA/],
    ['9am', /not a time.*HH:MM/],
    ['09:00 10:00', /Two times/],
  ])('refuses "%s" privately, saying what is accepted, and stores nothing', async (input, says) => {
    const reply = await run(`/digest subscribe ${input}`, at('2025-03-09T00:00:00Z'));
    expect(reply.visibility).toBe('private');
    expect(reply.status).toBe('error');
    expect(reply.text).toMatch(says);
    expect(reply.text).toContain('Nothing was changed');
    expect(reply.text).toContain('/digest subscribe [HH:MM] [IANA zone]');
    expect(await store.subscriptions()).toEqual([]);
  });

  test('a bad change leaves an existing subscription as it was', async () => {
    await run('/digest subscribe 07:30 Europe/Paris', at('2025-03-09T00:00:00Z'));
    await run('/digest subscribe 25:00', at('2025-03-09T00:01:00Z'));
    await run('/digest subscribe Mars/Olympus', at('2025-03-09T00:02:00Z'));
    expect(await store.subscriptions()).toEqual([expect.objectContaining({ time: '07:30', tz: 'Europe/Paris' })]);
  });
});

describe('/digest status', () => {
  test("shows the next post time in the channel's zone", async () => {
    await run('/digest subscribe 07:30 Asia/Tokyo', at('2025-03-08T00:00:00Z'));
    // 09:00 in Tokyo on 9 March; today's 07:30 has gone out (below it is sent), so the next is tomorrow's.
    await sendToday(at('2025-03-08T23:00:00Z'));
    const reply = await run('/digest status', at('2025-03-09T00:00:00Z'));
    expect(reply.visibility).toBe('private');
    expect(reply.text).toBe('Daily digest at 07:30 Asia/Tokyo. Next: Mon 10 Mar, 07:30 GMT+9.');
  });

  test('across a DST change the next time is still the local time asked for', async () => {
    await run('/digest subscribe 02:30 America/New_York', at('2025-03-08T12:00:00Z'));
    // 02:30 doesn't exist on 9 March in New York: the post goes out at 03:00 EDT.
    const reply = await run('/digest status', at('2025-03-08T12:00:00Z'));
    expect(reply.text).toContain('Next: Sun 9 Mar, 03:00 GMT-4');
  });

  test("says when today's digest is due but not posted yet (the bot was down)", async () => {
    await run('/digest subscribe 09:00 UTC', at('2025-03-08T00:00:00Z'));
    const reply = await run('/digest status', at('2025-03-09T12:00:00Z'));
    expect(reply.text).toMatch(/Today's digest is due/);
  });

  test('without a subscription, or paused, says so', async () => {
    expect((await run('/digest status', at('2025-03-09T00:00:00Z'))).text).toMatch(/no digest subscription.*08:15 Europe\/Berlin/);
    await run('/digest subscribe 09:00 UTC', at('2025-03-09T00:00:00Z'));
    await store.pause({ platform: 'slack', channel: 'C1' }, 'channel gone or bot removed (channel_not_found)');
    expect((await run('/digest status', at('2025-03-09T00:00:00Z'))).text).toMatch(/paused \(channel gone.*Subscribe again/);
    await run('/digest subscribe 09:00 UTC', at('2025-03-09T00:01:00Z'));
    expect((await store.subscription({ platform: 'slack', channel: 'C1' }))?.paused).toBe(false);
  });
});

describe('/digest unsubscribe', () => {
  test('removes the subscription; a second time says there was none', async () => {
    await run('/digest subscribe 09:00 UTC', at('2025-03-09T00:00:00Z'));
    const first = await run('/digest unsubscribe', at('2025-03-09T00:01:00Z'));
    expect(first.text).toMatch(/Unsubscribed/);
    expect(await store.subscriptions()).toEqual([]);
    const second = await run('/digest unsubscribe', at('2025-03-09T00:02:00Z'));
    expect(second).toMatchObject({ visibility: 'private' });
    expect(second.text).toMatch(/had no digest subscription/);
  });
});

/** Posts the due digests through a recording poster standing in for Slack. */
async function sendToday(now: Date): Promise<Reply[]> {
  const posted: Reply[] = [];
  const poster: Poster = {
    platform: 'slack',
    async post(_channel, reply) {
      posted.push(reply);
    },
  };
  const posters = new Map<Platform, Poster>([['slack', poster]]);
  await runDigestTick({ store, base: core.engine.base, posters, now, logger: createLogger('silent') });
  return posted;
}

describe('/digest preview', () => {
  test("shows this channel's next digest: facts it hasn't seen yet and its own questions, privately, recording nothing", async () => {
    const ref = { platform: 'slack' as const, channel: 'C1' };
    await run('/digest subscribe 09:00 UTC', at('2025-03-08T00:00:00Z'));
    const [first] = await sendToday(at('2025-03-08T09:00:00Z'));
    const firstFacts = first?.sections?.find((s) => /from the story/i.test(s.heading))?.items.map((i) => i.text) ?? [];
    expect(firstFacts.length).toBeGreaterThan(0);
    await store.logQuestions([
      { id: 1, ...ref, at: '2025-03-08T10:00:00.000Z', userHash: 'u', question: 'Who texted Trump?', answered: true, confidence: 0.9 },
      { id: 2, ...ref, at: '2025-03-08T11:00:00.000Z', userHash: 'u', question: 'What is the capital of Mars?', answered: false, confidence: 0 },
    ]);
    const shownBefore = await store.shownFacts(ref);

    const preview = await run('/digest preview', at('2025-03-08T12:00:00Z'));
    expect(preview.visibility).toBe('private');
    expect(preview.title).toMatch(/2025-03-09$/); // today's went out: the preview is tomorrow's
    const previewFacts = preview.sections?.find((s) => /from the story/i.test(s.heading))?.items.map((i) => i.text) ?? [];
    expect(previewFacts.length).toBeGreaterThan(0);
    expect(previewFacts.filter((f) => firstFacts.includes(f))).toEqual([]);
    expect(allText(preview)).toContain('2 questions asked since the last digest; the story could not answer 1.');
    expect(await store.shownFacts(ref)).toEqual(shownBefore);

    // And it is what the channel then gets.
    const [next] = await sendToday(at('2025-03-09T09:00:00Z'));
    expect(next?.sections).toEqual(preview.sections);
  });

  test('works without a subscription, and without a store', async () => {
    const reply = await run('/digest preview', at('2025-03-09T12:00:00Z'), { platform: 'discord', channel: '7' });
    expect(reply.visibility).toBe('private');
    expect(reply.notes?.join(' ')).toMatch(/no digest subscription/);
    expect(reply.sources[0]?.quote).toBeTruthy();

    const noStore = await dispatch(core.registry, typed('/digest preview', { platform: 'cli', channel: 'x' }), { ...core.services, store: undefined }, at('2025-03-09T12:00:00Z'));
    expect(noStore.sections?.length).toBeGreaterThan(0);
  });
});
