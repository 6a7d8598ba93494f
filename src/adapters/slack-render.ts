/**
 * Block Kit for a neutral Reply: the Slack adapter's one renderer (split out of slack.ts to keep both files
 * readable). Two promises hold for every message it builds:
 * - Every piece of text is escaped with Slack's three rules (& < >), and mrkdwn is sent `verbatim`, so user
 *   text the engine echoes back ("<!channel>", "<@U123>", "@here") is shown, never acted on.
 * - Slack's limits hold by construction. A long text is split across blocks at line or word boundaries; a
 *   source is always one block, so a quote is never cut; when a reply would pass 50 blocks, whole sources or
 *   digest items are left out and a note says how many. Notes, suggestion buttons (at most 5) and the 👍 / 👎
 *   of a logged answer (their own actions block, unique action ids) are always kept.
 */
import type { types } from '@slack/bolt';
import type { Reply, Source } from '../core/types';

/** Slack's Block Kit limits that the renderer respects. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElementText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  /** Not Slack's limit (40,000) but what a notification can usefully show. */
  fallbackText: 3000,
} as const;

/** Suggestion buttons carry action ids `factdesk_suggest_<n>`; the adapter listens on this pattern. */
export const SUGGESTION_ACTION_PREFIX = 'factdesk_suggest_';
export const SUGGESTION_ACTION_ID = /^factdesk_suggest_\d+$/;
const MAX_BUTTONS = 5;

/**
 * Feedback buttons on a logged answer (Reply.feedbackId): action ids `factdesk_vote_up` / `factdesk_vote_down`,
 * the answer's id as the value. They sit in an actions block of their own, after the suggestions.
 */
export const VOTE_ACTION_UP = 'factdesk_vote_up';
export const VOTE_ACTION_DOWN = 'factdesk_vote_down';
export const VOTE_ACTION_ID = /^factdesk_vote_(?:up|down)$/;
export const VOTE_BLOCK_ID = 'factdesk_feedback';

/** A feedback id as the renderers accept it and the adapters read it back: a non-negative safe integer. */
export function isFeedbackId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

/**
 * The vote a feedback button's click asks for: its action id says up or down, its value the answer's id.
 * Undefined for anything else (a value that isn't a plain decimal id, or is too big): the click was not ours.
 */
export function voteFromAction(actionId: string, value: string | undefined): { feedbackId: number; value: 1 | -1 } | undefined {
  const direction = actionId === VOTE_ACTION_UP ? 1 : actionId === VOTE_ACTION_DOWN ? -1 : undefined;
  if (direction === undefined || value === undefined || !/^(?:0|[1-9]\d{0,15})$/.test(value)) return undefined;
  const feedbackId = Number(value);
  return isFeedbackId(feedbackId) ? { feedbackId, value: direction } : undefined;
}

/** What chat.postMessage and respond() take from a rendered reply. */
export interface RenderedMessage {
  /** Plain fallback for notifications and screen readers (escaped too: Slack parses it). */
  text: string;
  blocks: types.KnownBlock[];
}

/** Slack's escaping: the only three characters mrkdwn and plain_text give a meaning to. */
export function escapeSlack(raw: string): string {
  // Most text has none of them: one scan instead of three replaces (every message escapes a dozen strings).
  if (!NEEDS_ESCAPE.test(raw)) return raw;
  return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const NEEDS_ESCAPE = /[&<>]/;

/**
 * Splits raw text into escaped pieces of at most `max` characters: at line breaks when it can, else between
 * words, else between characters (never inside an `&amp;` escape). Empty pieces are dropped.
 */
export function splitEscaped(raw: string, max: number): string[] {
  // The common case, a text that fits whole: the one piece the loop below would make.
  const whole = escapeSlack(raw);
  if (whole.length <= max) {
    const piece = whole.trim();
    return piece ? [piece] : [];
  }
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    const piece = cur.trim();
    if (piece) out.push(piece);
    cur = '';
  };
  const add = (token: string, fallback: () => void): void => {
    const esc = escapeSlack(token);
    if (cur.length + esc.length <= max) {
      cur += esc;
      return;
    }
    flush();
    if (esc.length <= max) cur = esc;
    else fallback();
  };
  for (const line of raw.split(/(?<=\n)/)) {
    add(line, () => {
      for (const word of line.match(/\S+\s*|\s+/g) ?? []) {
        add(word, () => {
          for (const ch of word) add(ch, () => undefined);
        });
      }
    });
  }
  flush();
  return out;
}

/** The escaped text cut to at most `max` characters with an ellipsis, at a word boundary when it can. */
export function truncateEscaped(raw: string, max: number): string {
  const text = raw.trim();
  const whole = escapeSlack(text);
  if (whole.length <= max) return whole;
  let out = '';
  for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
    const esc = escapeSlack(token);
    if (out.length + esc.length > max - 1) break;
    out += esc;
  }
  if (!out) {
    // One word longer than the room: cut between characters (code points), never inside an escape.
    for (const ch of text) {
      const esc = escapeSlack(ch);
      if (out.length + esc.length > max - 1) break;
      out += esc;
    }
  }
  return `${out.trimEnd()}…`;
}

/**
 * A one-line label: whitespace collapsed, cut to `max`. (Only runs of whitespace and other spaces than ' '
 * are replaced: `/\s+/g` would rebuild the string for every single space between words.)
 */
const label = (raw: string, max: number): string => truncateEscaped(raw.replace(/\s{2,}|[^\S ]/g, ' '), max);

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
const section = (escaped: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(escaped) });
const header = (raw: string): types.HeaderBlock => ({ type: 'header', text: plain(label(raw, SLACK_LIMITS.headerText) || '…') });

/** One context block for one source: ¶paragraph, the verbatim quote in quotes, — attribution. */
export function sourceBlock(source: Source): types.ContextBlock {
  const quote = escapeSlack(source.quote);
  const attribution = escapeSlack(source.attribution);
  const whole = `*¶${source.paragraph}* “${quote}” — ${attribution}`;
  if (whole.length <= SLACK_LIMITS.contextElementText) return { type: 'context', elements: [mrkdwn(whole)] };
  // A quote longer than one text element (a very long paragraph) stays whole in its one block, spread over
  // consecutive elements. Past 10 elements (~27,000 characters) there is no way to show it in Slack at all.
  const parts = splitEscaped(`¶${source.paragraph} “${source.quote}”`, SLACK_LIMITS.contextElementText);
  const tail = splitEscaped(`— ${source.attribution}`, SLACK_LIMITS.contextElementText).slice(0, 1);
  const room = SLACK_LIMITS.contextElements - tail.length;
  const shown = parts.length > room ? [...parts.slice(0, room - 1), '…'] : parts;
  return { type: 'context', elements: [...shown, ...tail].map(mrkdwn) };
}

/** Suggestion buttons; a suggestion too long to carry whole as a button value is left out. */
function actions(suggestions: readonly string[]): types.ActionsBlock | undefined {
  const values = [...new Set(suggestions.map((s) => s.trim()))].filter((s) => s && s.length <= SLACK_LIMITS.buttonValue);
  if (values.length === 0) return undefined;
  return {
    type: 'actions',
    block_id: 'factdesk_suggestions',
    elements: values.slice(0, MAX_BUTTONS).map(
      (value, n): types.Button => ({
        type: 'button',
        action_id: `${SUGGESTION_ACTION_PREFIX}${n}`,
        text: plain(label(value, SLACK_LIMITS.buttonText)),
        value,
      }),
    ),
  };
}

/** 👍 / 👎 for a logged answer; nothing without a feedback id. */
function votes(feedbackId: number | undefined): types.ActionsBlock | undefined {
  if (!isFeedbackId(feedbackId)) return undefined;
  const button = (actionId: string, emoji: string, accessibility: string): types.Button => ({
    type: 'button',
    action_id: actionId,
    text: plain(emoji),
    value: String(feedbackId),
    accessibility_label: accessibility,
  });
  return {
    type: 'actions',
    block_id: VOTE_BLOCK_ID,
    elements: [button(VOTE_ACTION_UP, '👍', 'This answer helped'), button(VOTE_ACTION_DOWN, '👎', 'This answer did not help')],
  };
}

function notes(list: readonly string[] | undefined): types.ContextBlock | undefined {
  const elements = (list ?? [])
    .filter((n) => n.trim())
    .slice(0, SLACK_LIMITS.contextElements)
    .map((n) => mrkdwn(truncateEscaped(n, SLACK_LIMITS.contextElementText)));
  return elements.length ? { type: 'context', elements } : undefined;
}

/** Blocks that must stay together (an item and its source), and what they count as when left out. */
interface Unit {
  blocks: types.KnownBlock[];
  kind: 'text' | 'source' | 'item' | 'heading';
}

/** The fallback: title and text, cut to a notification's length. */
function fallback(reply: Reply): string {
  const raw = [reply.title, reply.text].filter((s): s is string => !!s && s.trim() !== '').join('\n');
  return truncateEscaped(raw, SLACK_LIMITS.fallbackText) || 'factdesk';
}

/** Renders a Reply as a Slack message: Block Kit plus a plain-text fallback. */
export function render(reply: Reply): RenderedMessage {
  const units: Unit[] = [];
  if (reply.title) units.push({ kind: 'text', blocks: [header(reply.title)] });
  for (const piece of splitEscaped(reply.text, SLACK_LIMITS.sectionText)) units.push({ kind: 'text', blocks: [section(piece)] });
  for (const source of reply.sources) units.push({ kind: 'source', blocks: [sourceBlock(source)] });
  for (const s of reply.sections ?? []) {
    units.push({ kind: 'heading', blocks: [header(s.heading)] });
    for (const item of s.items) {
      const text = splitEscaped(`• ${item.text}`, SLACK_LIMITS.sectionText).map(section);
      units.push({ kind: 'item', blocks: [...text, ...(item.source ? [sourceBlock(item.source)] : [])] });
    }
  }

  // Notes and buttons are kept whatever happens; the body gets the blocks that are left.
  const tail = [notes(reply.notes), actions(reply.suggestions), votes(reply.feedbackId)].filter(
    (b): b is types.ContextBlock | types.ActionsBlock => b !== undefined,
  );
  const budget = SLACK_LIMITS.blocksPerMessage - tail.length;
  const blocks: types.KnownBlock[] = [];
  let cutAt = units.length;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const reserve = i < units.length - 1 ? 1 : 0; // room for the "not shown" note if a later unit won't fit
    if (blocks.length + unit.blocks.length + reserve > budget) {
      cutAt = i;
      break;
    }
    blocks.push(...unit.blocks);
  }
  if (cutAt < units.length) blocks.push({ type: 'context', elements: [mrkdwn(omitted(units.slice(cutAt)))] });
  blocks.push(...tail);
  return { text: fallback(reply), blocks };
}

function omitted(left: readonly Unit[]): string {
  const plural = (n: number, word: string): string => `${n} more ${word}${n === 1 ? '' : 's'}`;
  const sources = left.filter((u) => u.kind === 'source').length;
  const items = left.filter((u) => u.kind === 'item').length;
  const parts = [...(sources ? [plural(sources, 'source')] : []), ...(items ? [plural(items, 'item')] : [])];
  const what = parts.length ? parts.join(' and ') : 'The rest of this reply';
  return `_${what} not shown: a Slack message holds at most ${SLACK_LIMITS.blocksPerMessage} blocks._`;
}
