import { composeDigest, localDate, nextPost, parseTime, parseZone } from '../src/core/digest';
import { infoReply, privateReply } from '../src/core/reply';
import type { Command, CommandContext, Reply } from '../src/core/types';

const USAGE = '/digest subscribe [HH:MM] [IANA zone] | unsubscribe | status | preview';

function formatLocal(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at);
}

async function subscribe({ invocation, services, now }: CommandContext): Promise<Reply> {
  const store = services.store;
  if (!store) return privateReply('Digest subscriptions need the database; it is not available here.', 'error');
  // Accept the time and zone in either order, each optional.
  const given = [invocation.args.time, invocation.args.timezone].filter((v): v is string => !!v && v.trim() !== '');
  let time = services.defaults.digestTime;
  let tz = services.defaults.digestTz;
  for (const v of given) {
    if (/^\d{1,2}:\d{2}$/.test(v.trim()) || /^\d/.test(v.trim())) {
      const t = parseTime(v);
      if (!t.ok) return privateReply(`${t.reason}. Nothing was changed.\nUsage: ${USAGE}`, 'error');
      time = t.time;
    } else {
      const z = parseZone(v);
      if (!z.ok) return privateReply(`${z.reason}. Nothing was changed.\nUsage: ${USAGE}`, 'error');
      tz = z.tz;
    }
  }
  const ref = { platform: invocation.platform, channel: invocation.channel };
  await store.subscribe({ ...ref, time, tz }, now);
  const next = nextPost(time, tz, now);
  return infoReply(`Subscribed: this channel gets the daily digest at ${time} ${tz}.${next ? ` Next: ${formatLocal(next, tz)}.` : ''}`);
}

async function status({ invocation, services, now }: CommandContext): Promise<Reply> {
  const store = services.store;
  if (!store) return privateReply('Digest subscriptions need the database; it is not available here.', 'error');
  const sub = await store.subscription({ platform: invocation.platform, channel: invocation.channel });
  if (!sub) return privateReply(`This channel has no digest subscription. Start one with /digest subscribe [HH:MM] [zone] (default ${services.defaults.digestTime} ${services.defaults.digestTz}).`);
  if (sub.paused) return privateReply(`The digest here is paused (${sub.pausedReason ?? 'delivery failed'}). Subscribe again to resume.`);
  const next = nextPost(sub.time, sub.tz, now);
  return privateReply(`Daily digest at ${sub.time} ${sub.tz}.${next ? ` Next: ${formatLocal(next, sub.tz)}.` : ''}`);
}

/** `/digest`: subscribe this channel to a daily digest of the story, or preview it. */
export default {
  name: 'digest',
  description: 'Daily digest of the story for this channel: subscribe, unsubscribe, status, preview.',
  usage: USAGE,
  options: [],
  subcommands: [
    {
      name: 'subscribe',
      description: 'Post the digest here every day',
      options: [
        { name: 'time', description: 'Local time, 24-hour HH:MM (default 09:00)', type: 'string', maxLength: 5 },
        { name: 'timezone', description: 'IANA time zone, like Europe/Paris (default UTC)', type: 'string', autocomplete: 'timezone', maxLength: 64 },
      ],
    },
    { name: 'unsubscribe', description: 'Stop the daily digest here', options: [] },
    { name: 'status', description: 'When the next digest is posted here', options: [] },
    { name: 'preview', description: "Show today's digest now", options: [] },
  ],
  async run(ctx) {
    const { invocation, services, now } = ctx;
    const sub = (invocation.args.subcommand ?? 'preview').toLowerCase();
    if (sub === 'subscribe') return subscribe(ctx);
    if (sub === 'status') return status(ctx);
    if (sub === 'unsubscribe') {
      if (!services.store) return privateReply('Digest subscriptions need the database; it is not available here.', 'error');
      const removed = await services.store.unsubscribe({ platform: invocation.platform, channel: invocation.channel });
      return removed ? infoReply('Unsubscribed: no more daily digests in this channel.') : privateReply('This channel had no digest subscription.');
    }
    if (sub === 'preview') {
      const tz = services.defaults.digestTz;
      const date = invocation.args.date ?? localDate(now, tz);
      return composeDigest({ base: services.engine.base, shown: [], lastKnown: undefined, activity: [], date }).reply;
    }
    return privateReply(`Unknown option "${sub.slice(0, 40)}".\nUsage: ${USAGE}`, 'error');
  },
} satisfies Command;
