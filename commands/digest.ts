import { composeDigest, isDue, localDate, nextPost, parseTime, parseZone } from '../src/core/digest';
import { infoReply, privateReply } from '../src/core/reply';
import type { Subscription } from '../src/core/store';
import type { Command, CommandContext, Reply } from '../src/core/types';

const USAGE = '/digest subscribe [HH:MM] [IANA zone] | unsubscribe | status | preview';

const ACCEPTED = 'a 24-hour time HH:MM (like 09:00 or 17:30) and/or an IANA time zone (like Europe/Paris, America/New_York or UTC)';

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
  let sawTime = false;
  let sawZone = false;
  const refuse = (why: string): Reply => privateReply(`${why}. Nothing was changed.\nUsage: ${USAGE}`, 'error');
  for (const raw of given) {
    const v = raw.trim();
    // A digit or a colon means a time was meant; anything else is read as a zone (and refused as neither).
    if (/^\d/.test(v) || v.includes(':')) {
      const t = parseTime(v);
      if (!t.ok) return refuse(t.reason);
      if (sawTime) return refuse(`Two times given ("${time}" and "${t.time}"): give one`);
      sawTime = true;
      time = t.time;
    } else {
      const z = parseZone(v);
      if (!z.ok) return refuse(v.includes('/') ? z.reason : `"${v.slice(0, 40)}" is neither a time nor a time zone: give ${ACCEPTED}`);
      if (sawZone) return refuse(`Two time zones given ("${tz}" and "${z.tz}"): give one`);
      sawZone = true;
      tz = z.tz;
    }
  }
  const ref = { platform: invocation.platform, channel: invocation.channel };
  await store.subscribe({ ...ref, time, tz }, now);
  const sub = await store.subscription(ref);
  // A changed or resumed subscription whose time today has passed, with today's digest not out yet, posts today.
  if (sub && !(await sentToday(services, sub, now)) && isDue(time, tz, now, new Date(sub.createdAt))) {
    return infoReply(`Subscribed: this channel gets the daily digest at ${time} ${tz}. Today's goes out at the scheduler's next run.`);
  }
  const next = nextPost(time, tz, now);
  return infoReply(`Subscribed: this channel gets the daily digest at ${time} ${tz}.${next ? ` Next: ${formatLocal(next, tz)}.` : ''}`);
}

async function status({ invocation, services, now }: CommandContext): Promise<Reply> {
  const store = services.store;
  if (!store) return privateReply('Digest subscriptions need the database; it is not available here.', 'error');
  const sub = await store.subscription({ platform: invocation.platform, channel: invocation.channel });
  if (!sub) return privateReply(`This channel has no digest subscription. Start one with /digest subscribe [HH:MM] [zone] (default ${services.defaults.digestTime} ${services.defaults.digestTz}).`);
  if (sub.paused) return privateReply(`The digest here is paused (${sub.pausedReason ?? 'delivery failed'}). Subscribe again to resume.`);
  if (!(await sentToday(services, sub, now)) && isDue(sub.time, sub.tz, now, new Date(sub.createdAt))) {
    return privateReply(`Daily digest at ${sub.time} ${sub.tz}. Today's digest is due and goes out at the scheduler's next run (within a minute while the bot is running).`);
  }
  const next = nextPost(sub.time, sub.tz, now);
  return privateReply(`Daily digest at ${sub.time} ${sub.tz}.${next ? ` Next: ${formatLocal(next, sub.tz)}.` : ''}`);
}

/** Whether this channel's digest for its local today has gone out (sent-at is the post's own instant). */
async function sentToday(services: CommandContext['services'], sub: { platform: Subscription['platform']; channel: string; tz: string }, now: Date): Promise<boolean> {
  const at = await services.store?.lastDigestAt(sub);
  return at !== undefined && localDate(new Date(at), sub.tz) === localDate(now, sub.tz);
}

/**
 * What this channel would get next: its own shown facts, new facts and question activity when there is a
 * store, for the date its next digest is for. Private, and nothing is recorded: it is only a look.
 */
async function preview({ invocation, services, now }: CommandContext): Promise<Reply> {
  const store = services.store;
  const ref = { platform: invocation.platform, channel: invocation.channel };
  const sub = await store?.subscription(ref);
  const time = sub?.time ?? services.defaults.digestTime;
  const tz = sub?.tz ?? services.defaults.digestTz;
  const lastAt = await store?.lastDigestAt(ref);
  let date = invocation.args.date;
  if (!date) {
    const pendingToday = !!sub && !(await sentToday(services, { ...ref, tz }, now)) && isDue(time, tz, now, new Date(sub.createdAt));
    date = localDate(pendingToday ? now : (nextPost(time, tz, now) ?? now), tz);
  }
  const digest = composeDigest({
    base: services.engine.base,
    shown: (await store?.shownFacts(ref)) ?? [],
    lastKnown: await store?.lastKnownFacts(ref),
    activity: (await store?.questionsSince(ref, lastAt)) ?? [],
    date,
  });
  const note = sub
    ? sub.paused
      ? `A preview: this channel's digest is paused (${sub.pausedReason ?? 'delivery failed'}); subscribe again to resume.`
      : `A preview of this channel's digest for ${date}, posted at ${time} ${tz}. Only you see this.`
    : `A preview: this channel has no digest subscription. Start one with /digest subscribe [HH:MM] [zone].`;
  return { ...digest.reply, visibility: 'private', notes: [...(digest.reply.notes ?? []), note] };
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
    const { invocation, services } = ctx;
    const sub = (invocation.args.subcommand ?? 'preview').toLowerCase();
    if (sub === 'subscribe') return subscribe(ctx);
    if (sub === 'status') return status(ctx);
    if (sub === 'unsubscribe') {
      if (!services.store) return privateReply('Digest subscriptions need the database; it is not available here.', 'error');
      const removed = await services.store.unsubscribe({ platform: invocation.platform, channel: invocation.channel });
      return removed ? infoReply('Unsubscribed: no more daily digests in this channel.') : privateReply('This channel had no digest subscription.');
    }
    if (sub === 'preview') return preview(ctx);
    return privateReply(`Unknown option "${sub.slice(0, 40)}".\nUsage: ${USAGE}`, 'error');
  },
} satisfies Command;
