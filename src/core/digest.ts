/**
 * The daily digest, composed as a pure function of the fact base, what the channel has seen, its question
 * activity and the date; and the schedule arithmetic (local times, zones, the next post).
 */
import { Cron } from 'croner';
import type { Fact, FactBase } from './fact-base';
import type { QuestionLog } from './store';
import type { Reply, ReplySection } from './types';

/** How many facts a digest rotates through besides the headline. */
export const ROTATION_SIZE = 3;
/** At most this many new facts lead a digest. */
export const MAX_NEW = 3;

/** Parses "HH:MM" (24-hour; "9:05" allowed). */
export function parseTime(s: string): { ok: true; time: string } | { ok: false; reason: string } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59) return { ok: false, reason: `"${s.slice(0, 40)}" is not a time: use 24-hour HH:MM, like 09:00 or 17:30` };
  return { ok: true, time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}

/** Canonical IANA zone name, or why not. */
export function parseZone(s: string): { ok: true; tz: string } | { ok: false; reason: string } {
  const z = s.trim();
  if (!z || z.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(z)) {
    return { ok: false, reason: `"${z.slice(0, 40)}" is not a time zone: use an IANA name like Europe/Paris, America/New_York or UTC` };
  }
  try {
    const tz = new Intl.DateTimeFormat('en-US', { timeZone: z }).resolvedOptions().timeZone;
    return { ok: true, tz };
  } catch {
    return { ok: false, reason: `"${z}" is not a time zone: use an IANA name like Europe/Paris, America/New_York or UTC` };
  }
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The local wall-clock time (HH:MM) of an instant in a zone. */
export function localTime(at: Date, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** The next instant strictly after `after` when a daily HH:MM in `tz` comes round (croner handles DST). */
export function nextPost(time: string, tz: string, after: Date): Date | undefined {
  const [h, m] = time.split(':');
  const job = new Cron(`${Number(m)} ${Number(h)} * * *`, { timezone: tz, paused: true });
  return job.nextRun(after) ?? undefined;
}

/**
 * Whether a channel's digest is due at `now`: its local time today has passed (so a digest missed while
 * the bot was down still goes out the same local day, never the next). On a day the time doesn't exist
 * (a DST gap), croner's next run that day counts. With `since` (when the channel subscribed), a post time
 * before it doesn't count: subscribing at 15:00 for 09:00 starts tomorrow, as `/digest subscribe` says.
 */
export function isDue(time: string, tz: string, now: Date, since?: Date): boolean {
  const today = localDate(now, tz);
  // Start from the local midnight-ish instant: the previous day's post time is before it.
  const dayAgo = new Date(now.getTime() - 26 * 3_600_000);
  let run = nextPost(time, tz, dayAgo);
  while (run && run.getTime() <= now.getTime()) {
    if (localDate(run, tz) === today) return since === undefined || run.getTime() >= since.getTime();
    run = nextPost(time, tz, run);
  }
  return false;
}

export interface DigestInput {
  base: FactBase;
  /** Fact ids shown to the channel before, oldest first. */
  shown: readonly string[];
  /** Fact ids that existed at the channel's last digest; undefined for a first digest. */
  lastKnown: readonly string[] | undefined;
  /** The channel's questions since its last digest. */
  activity: readonly QuestionLog[];
  date: string;
}

export interface Digest {
  reply: Reply;
  /** Facts this digest shows (to record as seen). */
  shown: string[];
  /** Fact ids the channel now knows of: every fact, less new ones held over for the next digest's "new" section. */
  known: string[];
}

function quoteItem(f: Fact): { text: string; source: NonNullable<ReplySection['items'][number]['source']> } {
  const s = f.sources[0];
  return {
    text: f.answer,
    source: { story: f.story, paragraph: s?.paragraph ?? 1, quote: s?.quote ?? '', attribution: s?.attribution ?? '' },
  };
}

/** Composes one digest. No fact repeats in the rotation until every fact has been shown. */
export function composeDigest(input: DigestInput): Digest {
  const { base, shown, lastKnown, activity, date } = input;
  const story = base.stories[0];
  const headline = base.facts.find((f) => f.id === story?.meta.headline) ?? base.facts[0];
  const sections: ReplySection[] = [];
  const picked: Fact[] = [];

  const added = lastKnown ? base.facts.filter((f) => !lastKnown.includes(f.id) && f !== headline) : [];
  const fresh = added.slice(0, MAX_NEW);
  // New facts beyond MAX_NEW stay "unknown" to the channel, so the next digest leads with them as new.
  const later = new Set(added.slice(MAX_NEW).map((f) => f.id));
  const known = base.facts.map((f) => f.id).filter((id) => !later.has(id));
  if (fresh.length) {
    sections.push({ heading: 'New in the fact base', items: fresh.map(quoteItem) });
    picked.push(...fresh);
  }

  // Never-shown facts in story order first, then the ones shown longest ago. New facts held over for the
  // next digest's "new" section aren't rotated in meanwhile.
  const shownSet = new Set(shown);
  const pool = base.facts.filter((f) => f !== headline && !picked.includes(f) && !later.has(f.id));
  const order = [...pool.filter((f) => !shownSet.has(f.id)), ...shown.map((id) => pool.find((f) => f.id === id)).filter((f): f is Fact => f !== undefined)];
  const rotation = order.slice(0, ROTATION_SIZE);
  if (rotation.length) sections.push({ heading: 'From the story', items: rotation.map(quoteItem) });
  picked.push(...rotation);

  const asked = activity.length;
  const unanswered = activity.filter((q) => !q.answered).length;
  const counts = new Map<string, { text: string; n: number }>();
  for (const q of activity) {
    const key = q.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const c = counts.get(key) ?? { text: q.question, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  // "Most asked" only means something when a question came more than once.
  const most = [...counts.values()].sort((a, b) => b.n - a.n).find((c) => c.n > 1);
  const activityLines = asked === 0
    ? ['No questions since the last digest.']
    : [
        `${asked} question${asked === 1 ? '' : 's'} asked since the last digest; the story could not answer ${unanswered}.`,
        ...(most ? [`Most asked (${most.n}×): ${most.text.slice(0, 200)}`] : []),
      ];
  sections.push({ heading: 'Questions in this channel', items: activityLines.map((text) => ({ text })) });

  const reply: Reply = {
    status: 'info',
    title: `Daily digest — ${story?.meta.title ?? 'the story'} — ${date}`,
    text: headline ? headline.answer : 'No facts loaded.',
    sources: headline ? [quoteItem(headline).source] : [],
    suggestions: rotation.slice(0, 2).map((f) => f.questions[0] ?? '').filter(Boolean),
    sections,
    visibility: 'public',
  };
  return { reply, shown: [...(headline ? [headline.id] : []), ...picked.map((f) => f.id)], known };
}
