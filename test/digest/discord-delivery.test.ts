import { join } from 'node:path';
import { createDiscordPoster, partNonce } from '../../src/adapters/discord';
import { render } from '../../src/adapters/discord-render';
import { infoReply } from '../../src/core/reply';
import { runDigestTick } from '../../src/digest/scheduler';
import { createLogger } from '../../src/logger';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { startDiscordStandin, type DiscordStandin } from '../fakes/discord-standin';
import { realCore, tempDir } from '../helpers';

/** The digest reaching the Discord stand-in through the real adapter's REST poster. */
describe('digests on Discord', () => {
  let standin: DiscordStandin;
  beforeAll(async () => {
    standin = await startDiscordStandin({ channels: ['9001', '9002'] });
  });
  afterAll(() => standin.close());

  it('posts a several-message digest whole when retried, without repeating the parts Discord already has', async () => {
    const poster = createDiscordPoster({ token: standin.token, applicationId: standin.applicationId, apiUrl: standin.apiUrl, messageContent: false }, createLogger('silent'));
    const channel = '9002';
    // Long enough for several messages (Discord allows 6,000 characters of embeds in one).
    const reply = infoReply(Array.from({ length: 40 }, (_, i) => `Item ${i}: ${'what the story reports today, '.repeat(16)}`).join('\n'));
    const [first, secondPart, ...rest] = render(reply);
    if (!first || !secondPart) throw new Error('expected a reply of several messages');
    const parts = [first, secondPart, ...rest];
    const messages = async (): Promise<{ id: string; nonce?: string }[]> => {
      const res = await fetch(`${standin.apiUrl}/v10/channels/${channel}/messages`, { headers: { authorization: `Bot ${standin.token}` } });
      return (await res.json()) as { id: string; nonce?: string }[];
    };
    try {
      // The second part fails past discord.js's own retries, so the post fails after the first part went out.
      const second = partNonce(channel, 1, secondPart);
      standin.failNext({ method: 'POST', path: /\/channels\/9002\/messages$/, body: (b) => (b as { nonce?: string }).nonce === second }, { status: 500 }, 3);
      await expect(poster.post(channel, reply)).rejects.toMatchObject({ failure: 'transient' });
      expect(await messages()).toHaveLength(1);
      // The retry sends every part again with the same nonces: Discord returns the first instead of a copy.
      await poster.post(channel, reply);
      const after = await messages();
      expect(after).toHaveLength(parts.length);
      expect(new Set(after.map((m) => m.nonce)).size).toBe(parts.length);
    } finally {
      await poster.stop();
      standin.clearRequests();
    }
  });

  it('posts once a day as an embed with no mentions, and pauses a channel that was deleted', async () => {
    const store = openSqliteStore(join(tempDir(), 'd.db'));
    const logger = createLogger('silent');
    const poster = createDiscordPoster({ token: standin.token, applicationId: standin.applicationId, apiUrl: standin.apiUrl, messageContent: false }, logger);
    const base = realCore(store).engine.base;
    const posters = new Map([['discord' as const, poster]]);
    try {
      const created = new Date('2026-03-01T08:00:00Z');
      await store.subscribe({ platform: 'discord', channel: standin.channelId, time: '09:00', tz: 'Europe/Paris' }, created);
      await store.subscribe({ platform: 'discord', channel: '9001', time: '09:00', tz: 'Europe/Paris' }, created);
      const tick = (iso: string) => runDigestTick({ store, base, posters, now: new Date(iso), logger, sleep: async () => undefined });

      const first = await tick('2026-03-02T08:30:00Z'); // 09:30 in Paris
      expect(first.counts.posted).toBe(2);
      const sent = standin.requests.filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));
      expect(sent).toHaveLength(2);
      const body = sent[0]?.body as { embeds?: { title?: string; fields?: { value: string }[] }[]; allowed_mentions?: { parse: unknown[] } };
      expect(body.embeds?.[0]?.title).toMatch(/Daily digest/);
      expect(JSON.stringify(body.embeds)).toContain('Donald Trump');
      expect(body.allowed_mentions?.parse).toEqual([]);

      expect((await tick('2026-03-02T15:00:00Z')).counts.posted).toBe(0);

      standin.deleteChannel('9001');
      const next = await tick('2026-03-03T08:30:00Z');
      expect(next.channels.find((c) => c.channel === '9001')).toMatchObject({ status: 'paused' });
      expect(next.channels.find((c) => c.channel === standin.channelId)).toMatchObject({ status: 'posted' });
      expect(await store.subscription({ platform: 'discord', channel: '9001' })).toMatchObject({ paused: true });
    } finally {
      await poster.stop();
      await store.close();
    }
  });
});
