/**
 * Embeds for a neutral Reply: the Discord adapter's one renderer (split out of discord.ts to keep both files
 * readable). Three promises hold for every message it builds:
 * - Nothing anyone typed can ping: every message carries `allowed_mentions: { parse: [] }`, and the text is
 *   also defused visually (`@\u200beveryone`, `<@\u200b123>`). Markdown is escaped, so text shows as written.
 * - Discord's limits hold by construction (see {@link DISCORD_LIMITS}): 4,096 per description, 1,024 per
 *   field value, 256 per title and field name, 25 fields per embed, 10 embeds and 6,000 characters across
 *   all embeds of one message (Discord counts the total per message, not per embed). A reply too big for one
 *   message becomes several, at most {@link DISCORD_LIMITS.messages}; what still doesn't fit is left out
 *   whole, with a note saying how much.
 * - A quote is never cut. A source is one field (`¶10 — the report`, the quote in quotes) when it fits 1,024
 *   characters, otherwise an embed of its own with the quote whole in the description. (A quote over 4,096
 *   characters, which no paragraph of a news story reaches, runs on across consecutive embeds, all of it
 *   shown, in order.)
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Reply, Source } from '../core/types';

/** Discord's message and embed limits that the renderer respects. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Across all embeds of one message: title, description, field names and values, footer, author. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  /** Ours, not Discord's: the most messages one reply becomes. */
  messages: 3,
  /** Ours: the most suggestion buttons one reply shows. */
  buttons: 10,
} as const;

/** Suggestion buttons carry custom ids `factdesk:suggest:<n>` (plus `:<text>` when it fits). */
export const SUGGEST_PREFIX = 'factdesk:suggest:';
const SUGGEST_ID = /^factdesk:suggest:(\d{1,2})(?::([\s\S]+))?$/;
/**
 * Feedback buttons on a logged answer (Reply.feedbackId): custom ids `factdesk:vote:<id>:up` and
 * `factdesk:vote:<id>:down`, on the last message, in the last row of buttons when it has room.
 */
export const VOTE_PREFIX = 'factdesk:vote:';
const VOTE_ID = /^factdesk:vote:(0|[1-9]\d{0,15}):(up|down)$/;
/** Marks the footer lines that hold suggestions too long for their button's custom id. */
const SUGGESTIONS_MARK = 'Suggested questions:';
/** A suggestion longer than this is not offered (the engine reads at most 500 characters anyway). */
const MAX_SUGGESTION = 300;

/** Nothing a message says can ping anyone: no @everyone/@here, no roles, no users, no replied-to author. */
export function noMentions(): APIAllowedMentions {
  return { parse: [], replied_user: false };
}

export const COLOURS: Record<Reply['status'], number> = {
  answered: 0x2e7d32,
  unanswered: 0x9e9e9e,
  info: 0x5865f2,
  error: 0xc62828,
};

export type SuggestionRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** One message as Discord's REST API takes it (`POST /channels/{id}/messages`, interaction callbacks). */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: SuggestionRow[];
  allowed_mentions: APIAllowedMentions;
}

/**
 * Text safe to show in an embed: Markdown escaped (so a quote shows exactly as written), mass mentions and
 * mention tokens defused with a zero-width space. Never adds or removes whitespace. (Hand-rolled, linear:
 * discord.js's escapeMarkdown takes over 100 ms on a 10,000-character text.)
 */
export function safeText(raw: string): string {
  return raw
    .replace(/[\\*_~`|[]/g, '\\$&')
    .replace(/^([ \t]*)(-#|#{1,3}|-|\+)(?=[ \t])/gm, '$1\\$2')
    .replace(/^([ \t]*)>/gm, '$1\\>')
    .replace(/^([ \t]*)(\d+)\.(?=[ \t])/gm, '$1$2\\.')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d)/g, '<$1\u200b$2');
}

/**
 * Splits text into pieces of at most `max` characters: at a line break in the second half of the piece when
 * there is one, else at the last space, else (a single word longer than `max`) between characters, never
 * between a backslash and what it escapes nor inside a surrogate pair. Nothing is lost but the whitespace at
 * the cuts.
 */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = Math.max(cut, rest.lastIndexOf(' ', max));
    if (cut <= 0) {
      cut = max;
      while (cut > 1 && (rest[cut - 1] === '\\' || isHighSurrogate(rest.charCodeAt(cut - 1)))) cut--;
    }
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) out.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Bot-written text (a title, a label, an attribution) cut to `max` with an ellipsis. Never used on a quote. */
function fit(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const first = splitText(flat, max - 1)[0] ?? '';
  return `${first.replace(/\\$/, '')}…`;
}

/** What counts towards Discord's 6,000 characters. */
export function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** The heading of a source: `¶10 — the report`. */
export function sourceName(s: Source): string {
  return fit(`¶${s.paragraph} — ${safeText(s.attribution)}`, DISCORD_LIMITS.fieldName);
}

/** The quote, verbatim, in quotation marks. */
export function quoted(s: Source): string {
  return `“${safeText(s.quote)}”`;
}

/** A piece of a reply that is placed whole: a field, or an embed of its own. */
type Unit =
  | { field: APIEmbedField; sources: number; items: number }
  | { embed: APIEmbed; sources: number; items: number; /** Later fields may join it. */ open: boolean };

/** The units for one source: a field when the quote fits one, else embeds with the quote whole. */
function sourceUnits(s: Source, colour: number): Unit[] {
  const name = sourceName(s);
  const value = quoted(s);
  if (value.length <= DISCORD_LIMITS.fieldValue) return [{ field: { name, value }, sources: 1, items: 0 }];
  return splitText(value, DISCORD_LIMITS.description).map((description, i) => ({
    embed: { color: colour, ...(i === 0 ? { title: name } : {}), description },
    sources: i === 0 ? 1 : 0,
    items: 0,
    open: false,
  }));
}

/** Digest sections: an embed per heading, items as bullets, each with its quote whole under it. */
function sectionUnits(reply: Reply, colour: number): Unit[] {
  const units: Unit[] = [];
  for (const section of reply.sections ?? []) {
    const heading = safeText(section.heading);
    const title = fit(heading, DISCORD_LIMITS.title);
    const continued = fit(`${heading} (continued)`, DISCORD_LIMITS.title);
    let emitted = 0;
    const push = (description: string, items: number): void => {
      units.push({ embed: { color: colour, title: emitted === 0 ? title : continued, description }, sources: 0, items, open: false });
      emitted++;
    };
    let pending: string[] = [];
    let count = 0;
    const flush = (): void => {
      if (pending.length) push(pending.join('\n'), count);
      pending = [];
      count = 0;
    };
    for (const item of section.items) {
      const lines = [`• ${safeText(item.text)}`, ...(item.source ? [`> ${quoted(item.source)} — ¶${item.source.paragraph}, ${safeText(item.source.attribution)}`] : [])];
      const whole = lines.join('\n');
      if (whole.length <= DISCORD_LIMITS.description) {
        if ([...pending, whole].join('\n').length > DISCORD_LIMITS.description) flush();
        pending.push(whole);
        count++;
        continue;
      }
      // An item too long for one description: its text, then its source as an embed of its own, quote whole.
      // It counts as shown only when its last part is.
      flush();
      const textPieces = splitText(lines[0] ?? '', DISCORD_LIMITS.description);
      textPieces.forEach((piece, k) => push(piece, !item.source && k === textPieces.length - 1 ? 1 : 0));
      if (item.source) {
        const parts = sourceUnits(item.source, colour).map((u): Unit =>
          'field' in u ? { embed: { color: colour, title: u.field.name, description: u.field.value }, sources: 0, items: 0, open: false } : { ...u, sources: 0 },
        );
        const last = parts[parts.length - 1];
        if (last) last.items = 1;
        units.push(...parts);
      }
    }
    flush();
    if (emitted === 0) push('—', 0);
  }
  return units;
}

/**
 * Packs units into messages within Discord's limits, in order. Embeds are copied, never changed in place.
 * `placedIn[i]` is the message unit i landed in.
 */
function pack(units: readonly Unit[], colour: number): { messages: APIEmbed[][]; placedIn: number[] } {
  const messages: APIEmbed[][] = [[]];
  const placedIn: number[] = [];
  let total = 0;
  let open: APIEmbed | undefined;
  const current = (): APIEmbed[] => messages[messages.length - 1] ?? [];
  /** `coming`: what is about to be added to this embed, so it starts a new message if that won't fit. */
  const addEmbed = (e: APIEmbed, coming = 0): void => {
    const size = embedSize(e);
    if (current().length >= DISCORD_LIMITS.embedsPerMessage || total + size + coming > DISCORD_LIMITS.embedTotal) {
      messages.push([]);
      total = 0;
    }
    current().push(e);
    total += size;
  };
  for (const unit of units) {
    if ('embed' in unit) {
      const copy: APIEmbed = { ...unit.embed, ...(unit.embed.fields ? { fields: [...unit.embed.fields] } : {}) };
      addEmbed(copy);
      open = unit.open ? copy : undefined;
    } else {
      const size = unit.field.name.length + unit.field.value.length;
      const fields = open?.fields ?? [];
      if (!open || !current().includes(open) || fields.length >= DISCORD_LIMITS.fields || total + size > DISCORD_LIMITS.embedTotal) {
        open = { color: colour, fields: [] };
        addEmbed(open, size);
      }
      (open.fields ??= []).push(unit.field);
      total += size;
    }
    placedIn.push(messages.length - 1);
  }
  return { messages: messages.filter((m) => m.length > 0), placedIn };
}

/** The suggestion buttons, and footer lines for the suggestions too long to ride in a custom id. */
function suggestionParts(suggestions: readonly string[]): { rows: SuggestionRow[]; mapping: string[] } {
  const texts = [...new Set(suggestions.map((s) => s.replace(/\s+/g, ' ').trim()))]
    .filter((s) => s.length > 0 && s.length <= MAX_SUGGESTION)
    .slice(0, DISCORD_LIMITS.buttons);
  const buttons: APIButtonComponentWithCustomId[] = [];
  const mapping: string[] = [];
  let mappingSize = SUGGESTIONS_MARK.length;
  texts.forEach((text, n) => {
    const encoded = `${SUGGEST_PREFIX}${n}:${text}`;
    let customId = encoded;
    if (encoded.length > DISCORD_LIMITS.customId) {
      const line = `${n + 1}. ${text}`;
      // Keep the footer well inside its limit, whatever notes share it.
      if (mappingSize + line.length + 1 > DISCORD_LIMITS.footer / 2) return;
      mapping.push(line);
      mappingSize += line.length + 1;
      customId = `${SUGGEST_PREFIX}${n}`;
    }
    buttons.push({
      type: ComponentType.Button,
      style: text.startsWith('/') ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: fit(text, DISCORD_LIMITS.buttonLabel),
      custom_id: customId,
    });
  });
  const rows: SuggestionRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return { rows: rows.slice(0, DISCORD_LIMITS.rows), mapping };
}

/** A feedback id the renderer puts on buttons and the adapter accepts back: a non-negative safe integer. */
export function isFeedbackId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

/** The vote a feedback button's custom id asks for; undefined when it isn't a well-formed vote id. */
export function voteFromClick(customId: string): { feedbackId: number; value: 1 | -1 } | undefined {
  const m = VOTE_ID.exec(customId);
  if (!m) return undefined;
  const feedbackId = Number(m[1]);
  return isFeedbackId(feedbackId) ? { feedbackId, value: m[2] === 'up' ? 1 : -1 } : undefined;
}

/**
 * Adds 👍 / 👎 to the button rows: in the last row when two more buttons fit, else in a row of their own. Were
 * every row full, the last row's last suggestions would make room (the suggestions stop at 2 rows, so they don't).
 */
function withVotes(rows: readonly SuggestionRow[], feedbackId: number | undefined): SuggestionRow[] {
  if (!isFeedbackId(feedbackId)) return [...rows];
  const vote = (dir: 'up' | 'down', label: string): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${VOTE_PREFIX}${feedbackId}:${dir}`,
  });
  const votes = [vote('up', '👍'), vote('down', '👎')];
  const last = rows[rows.length - 1];
  if (!last) return [{ type: ComponentType.ActionRow, components: votes }];
  if (last.components.length + votes.length <= DISCORD_LIMITS.buttonsPerRow) {
    return [...rows.slice(0, -1), { ...last, components: [...last.components, ...votes] }];
  }
  if (rows.length < DISCORD_LIMITS.rows) return [...rows, { type: ComponentType.ActionRow, components: votes }];
  const kept = last.components.slice(0, DISCORD_LIMITS.buttonsPerRow - votes.length);
  return [...rows.slice(0, -1), { ...last, components: [...kept, ...votes] }];
}

/** The footer: notes (bot-written, cut if need be) and the long suggestions' full text (never cut). */
function footerText(notes: readonly string[], mapping: readonly string[]): string | undefined {
  const tail = mapping.length ? [SUGGESTIONS_MARK, ...mapping].join('\n') : '';
  const room = DISCORD_LIMITS.footer - tail.length - (tail ? 1 : 0);
  const noteText = notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  const head = noteText ? fit(noteText, room) : '';
  const text = [head, tail].filter(Boolean).join('\n');
  return text || undefined;
}

function omittedNote(sources: number, items: number): string {
  const plural = (n: number, word: string): string => `${n} more ${word}${n === 1 ? '' : 's'}`;
  const parts = [...(sources ? [plural(sources, 'source')] : []), ...(items ? [plural(items, 'item')] : [])];
  const what = parts.length ? parts.join(' and ') : 'The rest of this reply';
  return `*${what} not shown: a reply here holds at most ${DISCORD_LIMITS.messages} messages.*`;
}

/**
 * Renders a Reply as Discord messages (almost always one): the text in the first embed's description, one
 * field per source, digest sections, notes in the footer, suggestions as buttons on the last message, and
 * 👍 / 👎 after them when the answer was logged (Reply.feedbackId).
 */
export function render(reply: Reply): DiscordMessage[] {
  const colour = COLOURS[reply.status];
  const units: Unit[] = [];
  const title = reply.title ? fit(safeText(reply.title), DISCORD_LIMITS.title) : undefined;
  const pieces = splitText(safeText(reply.text), DISCORD_LIMITS.description);
  if (pieces.length === 0) pieces.push(title ? '' : '…');
  pieces.forEach((description, i) => {
    const embed: APIEmbed = { color: colour, ...(i === 0 && title ? { title } : {}), ...(description ? { description } : {}) };
    units.push({ embed, sources: 0, items: 0, open: i === pieces.length - 1 });
  });
  for (const s of reply.sources) units.push(...sourceUnits(s, colour));
  units.push(...sectionUnits(reply, colour));

  const { rows: suggestionRows, mapping } = suggestionParts(reply.suggestions);
  const rows = withVotes(suggestionRows, reply.feedbackId);
  const footer = footerText(reply.notes ?? [], mapping);

  const full = pack(units, colour);
  let messages = withFooter(full.messages, footer, colour);
  if (messages.length > DISCORD_LIMITS.messages) {
    // Whole units from the end are left out until the rest fits, with a note saying how much. Start from the
    // first unit that spilled past the last message allowed, so this stays linear in the reply's size.
    const spill = full.placedIn.findIndex((m) => m >= DISCORD_LIMITS.messages);
    let kept = spill < 0 ? units.length - 1 : Math.max(1, spill);
    for (;;) {
      const left = units.slice(kept);
      const note: Unit = { embed: { color: colour, description: omittedNote(sum(left, 'sources'), sum(left, 'items')) }, sources: 0, items: 0, open: false };
      messages = withFooter(pack([...units.slice(0, kept), note], colour).messages, footer, colour);
      if (messages.length <= DISCORD_LIMITS.messages || kept <= 1) break;
      kept--;
    }
  }
  return messages.map((embeds, i) => ({ embeds, components: i === messages.length - 1 ? rows : [], allowed_mentions: noMentions() }));
}

function sum(units: readonly Unit[], key: 'sources' | 'items'): number {
  return units.reduce((n, u) => n + u[key], 0);
}

/** Puts the footer on the last embed when it fits there, else on a small embed of its own. */
function withFooter(messages: APIEmbed[][], footer: string | undefined, colour: number): APIEmbed[][] {
  if (!footer) return messages;
  const last = messages[messages.length - 1];
  const lastEmbed = last?.[last.length - 1];
  if (last && lastEmbed) {
    const total = last.reduce((n, e) => n + embedSize(e), 0);
    if (total + footer.length <= DISCORD_LIMITS.embedTotal) {
      lastEmbed.footer = { text: footer };
      return messages;
    }
  }
  const alone: APIEmbed = { color: colour, footer: { text: footer } };
  if (last && last.length < DISCORD_LIMITS.embedsPerMessage && last.reduce((n, e) => n + embedSize(e), 0) + footer.length <= DISCORD_LIMITS.embedTotal) {
    last.push(alone);
    return messages;
  }
  return [...messages, [alone]];
}

/**
 * The suggestion a button click asks: from its custom id when it was encoded there, else from the footer of
 * the message the button is on. Undefined when the id isn't ours or the text can't be found.
 */
export function suggestionFromClick(customId: string, embeds: readonly { footer?: { text?: string } | null }[]): string | undefined {
  const m = SUGGEST_ID.exec(customId);
  if (!m) return undefined;
  if (m[2]) return m[2];
  const n = Number(m[1]);
  for (const e of [...embeds].reverse()) {
    const lines = (e.footer?.text ?? '').split('\n');
    const mark = lines.lastIndexOf(SUGGESTIONS_MARK);
    if (mark < 0) continue;
    for (const line of lines.slice(mark + 1)) {
      const hit = /^(\d+)\. (.+)$/.exec(line);
      if (hit && Number(hit[1]) === n + 1) return hit[2];
    }
  }
  return undefined;
}
