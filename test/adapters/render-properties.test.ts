/**
 * Property tests over the three renderers (Slack Block Kit, Discord embeds, terminal text) with random and
 * hostile Replies: mention and broadcast tokens of both platforms, Slack's `& < >`, Markdown, zero-width and
 * bidi characters, emoji, control characters and escape sequences, strings up to 20,000 characters, up to 40
 * sources and 10 suggestions, digest sections, notes, titles, and sometimes a feedback id.
 *
 * Only the public `render(reply)` of each renderer is used, and every limit is checked against the platforms'
 * documented numbers (written out here, not imported), so a renderer that changes its own constants is still
 * held to Slack's and Discord's.
 */
import fc from 'fast-check';
import { render as renderDiscord, type DiscordMessage } from '../../src/adapters/discord-render';
import { render as renderSlack, type RenderedMessage } from '../../src/adapters/slack-render';
import { render as renderTerminal } from '../../src/adapters/terminal';
import type { Reply, ReplySection, Source } from '../../src/core/types';

// ---------------------------------------------------------------------------------------------------------
// Budget: each property runs ~200 Replies, stops at the first failure, and has its own deadline.
// ---------------------------------------------------------------------------------------------------------

const RUNS = Number(process.env.RENDER_PROPERTY_RUNS ?? 200);
const TEST_TIMEOUT_MS = 40_000;

/** Strings in a counterexample cut to a readable length: a failing Reply can hold 800,000 characters. */
function preview(value: unknown, max = 4000): string {
  const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length} chars)` : v)) ?? String(value);
  return json.length > max ? `${json.slice(0, max)}…` : json;
}

/** Fails with the seed, the problems found and a shortened counterexample, instead of fast-check's full dump. */
function compactReporter(details: fc.RunDetails<[Reply]>): void {
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `Property failed on run ${details.numRuns} (replay with { seed: ${details.seed}, path: "${details.counterexamplePath ?? ''}" }):\n` +
      `${cause}\nCounterexample (strings shortened): ${preview(details.counterexample?.[0])}`,
  );
}

const PARAMS: fc.Parameters<[Reply]> = {
  numRuns: RUNS,
  endOnFailure: true,
  // Well inside the per-test timeout: a slow machine runs fewer cases rather than failing on time.
  interruptAfterTimeLimit: 25_000,
  markInterruptAsFailure: false,
  reporter: compactReporter,
};

// ---------------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------------

/** Pieces that mean something to Slack, Discord, Markdown or a terminal. */
const HOSTILE_TOKENS = [
  // Broadcasts and mentions, both platforms' syntax.
  '@everyone', '@here', '@EveryOne', '@@here', '<!channel>', '<!here>', '<!everyone>', '<!here|here>', '<!subteam^S123>',
  '<@U123>', '<@U123|bob>', '<@W123>', '<@&123>', '<@!123>', '<@123>', '<#C1>', '<#C1|general>', '<#123>', '</ask:123>',
  '<https://evil.example|click>', '<mailto:a@b.c>', '<tel:123>',
  // Slack's three escapes, raw and pre-escaped (must be escaped again, not trusted).
  '&', '<', '>', '&amp;', '&lt;', '&gt;', '&lt;!channel&gt;', '&#60;', '<<', '>>', '<!', '<@', '<#', '<>',
  // Markdown of both.
  '*', '**', '_', '__', '~', '~~', '`', '```', '```js\n', '>', '> ', '>>> ', '||', '||spoiler||', '\\', '\\*', '|', '[', ']',
  '[x](https://evil.example)', '# ', '## ', '-# ', '- ', '+ ', '1. ', ':tada:', '<:emoji:123>', '<t:0:R>',
  // Invisible and direction-changing characters.
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
  '\u2068', '\u2069', '\u061C', '\u180E',
  // Emoji, combining marks, surrogates (lone ones too).
  '👍', '🏳️‍🌈', '👨‍👩‍👧‍👦', '🇫🇷', 'é', 'e\u0301', 'Z\u0335\u0336\u0337', '\uD83D', '\uDE00', '𝕏',
  // Control characters and terminal escape sequences.
  '\u0000', '\u0007', '\b', '\t', '\r', '\r\n', '\u000B', '\f', '\u001B', '\u001B[31m', '\u001B[2J', '\u001B[0m', '\u001B]0;pwned\u0007',
  '\u001B]8;;https://evil.example\u001B\\link\u001B]8;;\u001B\\', '\u001BP+q\u001B\\', '\u007F', '\u0085', '\u009B31m', '\u009D0;x\u009C',
  '\u2028', '\u2029',
  // Plain material, so the hostile pieces sit inside words and lines.
  ' ', '  ', '\n', '\n\n', 'word', 'Macron', 'Who called Trump?', '/whocalled Macron', '¶5',
];

const hostileToken = fc.constantFrom(...HOSTILE_TOKENS);

/** A mixture of hostile tokens and short random strings (UTF-16 units and whole code points). */
const hostileString = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: hostileToken },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** 1,000 to 20,000 characters: one token repeated (cut anywhere, surrogate pairs included), then a tail. */
const longString = fc
  .tuple(fc.oneof(hostileToken, fc.constantFrom('a', 'word ', 'x\n', '<!channel> ', '@everyone ', '&')), fc.integer({ min: 1000, max: 20_000 }), hostileString)
  .map(([token, n, tail]) => (token.repeat(Math.ceil(n / token.length)).slice(0, n) + tail).slice(0, 20_000));

/** Any text a Reply field might hold. Long strings are rare: a Reply has many fields. */
const text = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\u200B') },
  { weight: 1, arbitrary: longString },
);

/** A text that is more often long: the reply's main text. */
const mainText = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: longString });

const source: fc.Arbitrary<Source> = fc.record({
  story: fc.oneof(fc.constant('trump-leader-calls'), text),
  paragraph: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: -5, max: 1_000_000 })),
  quote: text,
  attribution: text,
});

const section: fc.Arbitrary<ReplySection> = fc.record({
  heading: text,
  items: fc.array(fc.record({ text, source: fc.option(source, { nil: undefined, freq: 2 }) }, { requiredKeys: ['text'] }), { maxLength: 12 }),
});

/** Mostly plausible log ids, sometimes numbers no store would hand out. */
const feedbackId = fc.oneof(
  { weight: 6, arbitrary: fc.nat() },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity) },
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    status: fc.constantFrom('answered', 'unanswered', 'info', 'error'),
    title: fc.option(text, { nil: undefined }),
    text: mainText,
    sources: fc.array(source, { maxLength: 40 }),
    suggestions: fc.array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('/whocalled Macron', '/about', 'What did Starmer use?') }), {
      maxLength: 10,
    }),
    sections: fc.option(fc.array(section, { maxLength: 6 }), { nil: undefined }),
    visibility: fc.constantFrom('public', 'private'),
    feedbackId: fc.option(feedbackId, { nil: undefined }),
    notes: fc.option(fc.array(text, { maxLength: 12 }), { nil: undefined }),
  },
  { requiredKeys: ['status', 'text', 'sources', 'suggestions', 'visibility'] },
);

// ---------------------------------------------------------------------------------------------------------
// Slack
// ---------------------------------------------------------------------------------------------------------

/** Slack's documented Block Kit and chat.postMessage limits. */
const SLACK = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextElementText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  fallbackText: 40_000,
};

interface TextObject {
  path: string;
  type: string;
  text: string;
}

/** Every text object (`{type: 'mrkdwn' | 'plain_text', text}`) anywhere in the blocks, with where it is. */
function slackTextObjects(value: unknown, path = 'blocks'): TextObject[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => slackTextObjects(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') return [{ path, type: o.type, text: o.text }];
  return Object.entries(o).flatMap(([k, v]) => slackTextObjects(v, `${path}.${k}`));
}

/**
 * Text Slack would parse: no `<` or `>` at all (every one must arrive as `&lt;`/`&gt;`, so `<!channel>`,
 * `<@U123>`, `<#C1>` and links can't form) and every `&` starting one of the three escapes.
 */
function slackEscapeProblem(s: string): string | undefined {
  const raw = /[<>]/.exec(s);
  if (raw) return `raw "${raw[0]}" at ${raw.index}: ${JSON.stringify(s.slice(Math.max(0, raw.index - 20), raw.index + 20))}`;
  const amp = /&(?!amp;|lt;|gt;)/.exec(s);
  if (amp) return `bare "&" at ${amp.index}: ${JSON.stringify(s.slice(Math.max(0, amp.index - 20), amp.index + 20))}`;
  return undefined;
}

function slackProblems(m: RenderedMessage): string[] {
  const problems: string[] = [];
  const fail = (what: string): void => void problems.push(what);
  if (!Array.isArray(m.blocks)) return ['blocks is not an array'];
  if (m.blocks.length > SLACK.blocks) fail(`${m.blocks.length} blocks > ${SLACK.blocks}`);
  if (typeof m.text !== 'string' || m.text.length === 0) fail('no fallback text');
  else if (m.text.length > SLACK.fallbackText) fail(`fallback text ${m.text.length} > ${SLACK.fallbackText}`);

  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  m.blocks.forEach((b, i) => {
    const block = b as unknown as Record<string, unknown>;
    const at = `blocks[${i}] (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > SLACK.blockId) fail(`${at}: block_id longer than ${SLACK.blockId}`);
      if (blockIds.has(block.block_id)) fail(`${at}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section': {
        const t = (block.text as { text?: unknown } | undefined)?.text;
        if (typeof t !== 'string') fail(`${at}: no text`);
        else if (t.length > SLACK.sectionText) fail(`${at}: text ${t.length} > ${SLACK.sectionText}`);
        break;
      }
      case 'header': {
        const t = (block.text as { text?: unknown } | undefined)?.text;
        if (typeof t !== 'string') fail(`${at}: no text`);
        else if (t.length > SLACK.headerText) fail(`${at}: text ${t.length} > ${SLACK.headerText}`);
        break;
      }
      case 'context': {
        const elements = block.elements as { text?: unknown }[];
        if (elements.length === 0) fail(`${at}: no elements`);
        if (elements.length > SLACK.contextElements) fail(`${at}: ${elements.length} elements > ${SLACK.contextElements}`);
        elements.forEach((e, k) => {
          if (typeof e.text === 'string' && e.text.length > SLACK.contextElementText) fail(`${at}.elements[${k}]: ${e.text.length} > ${SLACK.contextElementText}`);
        });
        break;
      }
      case 'actions': {
        const elements = block.elements as { type?: unknown; action_id?: unknown; text?: { text?: unknown }; value?: unknown }[];
        if (elements.length === 0) fail(`${at}: no elements`);
        if (elements.length > SLACK.actionsElements) fail(`${at}: ${elements.length} elements > ${SLACK.actionsElements}`);
        elements.forEach((e, k) => {
          const where = `${at}.elements[${k}]`;
          const label = e.text?.text;
          if (typeof label !== 'string' || label.length === 0) fail(`${where}: no button text`);
          else if (label.length > SLACK.buttonText) fail(`${where}: button text ${label.length} > ${SLACK.buttonText}`);
          if (typeof e.value === 'string' && e.value.length > SLACK.buttonValue) fail(`${where}: value ${e.value.length} > ${SLACK.buttonValue}`);
          if (typeof e.action_id !== 'string' || e.action_id.length === 0) fail(`${where}: no action_id`);
          else {
            if (e.action_id.length > SLACK.actionId) fail(`${where}: action_id longer than ${SLACK.actionId}`);
            if (actionIds.has(e.action_id)) fail(`${where}: duplicate action_id ${e.action_id}`);
            actionIds.add(e.action_id);
          }
        });
        break;
      }
      default:
        break;
    }
  });

  // Every text object: present, not empty (Slack answers invalid_blocks), escaped.
  for (const t of [...slackTextObjects(m.blocks), { path: 'text', type: 'fallback', text: m.text }]) {
    if (t.text.trim().length === 0) fail(`${t.path}: empty ${t.type} text`);
    const escape = slackEscapeProblem(t.text);
    if (escape) fail(`${t.path}: ${escape}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Discord
// ---------------------------------------------------------------------------------------------------------

/** Discord's documented message, embed and component limits. */
const DISCORD = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  label: 80,
};

/** Discord's own count towards the 6,000 characters of one message (summed over its embeds). */
function discordChars(m: DiscordMessage): number {
  return m.embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((k, f) => k + f.name.length + f.value.length, 0),
    0,
  );
}

function discordProblems(messages: DiscordMessage[]): string[] {
  const problems: string[] = [];
  const fail = (what: string): void => void problems.push(what);
  if (!Array.isArray(messages) || messages.length === 0) return ['no message'];
  messages.forEach((raw, i) => {
    const m = raw as DiscordMessage & { content?: unknown };
    const at = `message ${i}`;
    // Every message, not only the first, must say that nothing may ping.
    if (!m.allowed_mentions || !Array.isArray(m.allowed_mentions.parse) || m.allowed_mentions.parse.length !== 0) {
      fail(`${at}: allowed_mentions.parse is ${JSON.stringify(m.allowed_mentions?.parse)}, not []`);
    }
    if (m.allowed_mentions && ('users' in m.allowed_mentions || 'roles' in m.allowed_mentions)) {
      const { users, roles } = m.allowed_mentions;
      if ((users?.length ?? 0) > 0 || (roles?.length ?? 0) > 0) fail(`${at}: allowed_mentions lists users or roles`);
    }
    if (typeof m.content === 'string' && m.content.length > DISCORD.content) fail(`${at}: content ${m.content.length} > ${DISCORD.content}`);
    const hasContent = typeof m.content === 'string' && m.content.trim().length > 0;
    if (!hasContent && m.embeds.length === 0) fail(`${at}: neither content nor embeds`);
    if (m.embeds.length > DISCORD.embeds) fail(`${at}: ${m.embeds.length} embeds > ${DISCORD.embeds}`);
    const total = discordChars(m);
    if (total > DISCORD.embedTotal) fail(`${at}: ${total} embed characters > ${DISCORD.embedTotal}`);
    m.embeds.forEach((e, k) => {
      const where = `${at} embed ${k}`;
      if ((e.title?.length ?? 0) > DISCORD.title) fail(`${where}: title ${e.title?.length} > ${DISCORD.title}`);
      if ((e.description?.length ?? 0) > DISCORD.description) fail(`${where}: description ${e.description?.length} > ${DISCORD.description}`);
      if ((e.footer?.text.length ?? 0) > DISCORD.footer) fail(`${where}: footer ${e.footer?.text.length} > ${DISCORD.footer}`);
      if ((e.author?.name.length ?? 0) > DISCORD.authorName) fail(`${where}: author ${e.author?.name.length} > ${DISCORD.authorName}`);
      const fields = e.fields ?? [];
      if (fields.length > DISCORD.fields) fail(`${where}: ${fields.length} fields > ${DISCORD.fields}`);
      fields.forEach((f, n) => {
        // Discord refuses an empty (or whitespace-only) field name or value.
        if (f.name.trim().length === 0) fail(`${where} field ${n}: empty name`);
        if (f.value.trim().length === 0) fail(`${where} field ${n}: empty value`);
        if (f.name.length > DISCORD.fieldName) fail(`${where} field ${n}: name ${f.name.length} > ${DISCORD.fieldName}`);
        if (f.value.length > DISCORD.fieldValue) fail(`${where} field ${n}: value ${f.value.length} > ${DISCORD.fieldValue}`);
      });
      const size = (e.title?.trim().length ?? 0) + (e.description?.trim().length ?? 0) + (e.footer?.text.trim().length ?? 0) + fields.length;
      if (size === 0) fail(`${where}: an empty embed`);
    });
    if (m.components.length > DISCORD.rows) fail(`${at}: ${m.components.length} rows > ${DISCORD.rows}`);
    const ids = new Set<string>();
    m.components.forEach((row, r) => {
      if (row.components.length === 0) fail(`${at} row ${r}: empty`);
      if (row.components.length > DISCORD.buttonsPerRow) fail(`${at} row ${r}: ${row.components.length} buttons > ${DISCORD.buttonsPerRow}`);
      row.components.forEach((b, n) => {
        const where = `${at} row ${r} button ${n}`;
        const label = b.label ?? '';
        const hasEmoji = 'emoji' in b && b.emoji !== undefined;
        if (label.length === 0 && !hasEmoji) fail(`${where}: neither label nor emoji`);
        if (label.length > DISCORD.label) fail(`${where}: label ${label.length} > ${DISCORD.label}`);
        if (b.custom_id.length === 0 || b.custom_id.length > DISCORD.customId) fail(`${where}: custom_id length ${b.custom_id.length} not in 1..${DISCORD.customId}`);
        if (ids.has(b.custom_id)) fail(`${where}: duplicate custom_id ${JSON.stringify(b.custom_id.slice(0, 40))}`);
        ids.add(b.custom_id);
      });
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Terminal
// ---------------------------------------------------------------------------------------------------------

/**
 * C0 and C1 control characters (ESC, CSI, OSC, BEL, CR, backspace, tab...) other than the newline: any of
 * them reaching a terminal can move the cursor, rewrite what was printed, set the title or make a link.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;

function terminalProblem(out: unknown): string | undefined {
  if (typeof out !== 'string') return `render returned ${typeof out}`;
  const hit = TERMINAL_CONTROL.exec(out);
  if (!hit) return undefined;
  const code = hit[0].codePointAt(0) ?? 0;
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at ${hit.index}: ${JSON.stringify(out.slice(Math.max(0, hit.index - 20), hit.index + 20))}`;
}

// ---------------------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------------------

/** Runs `render` on the Reply; a throw is reported as a problem with the renderer's message. */
function attempt<T>(render: (r: Reply) => T, r: Reply, check: (out: T) => string[]): string[] {
  let out: T;
  try {
    out = render(r);
  } catch (err) {
    return [`render threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
  }
  return check(out);
}

/** Asserts with a readable failure: the first problems, not a 20,000-character Reply dump. */
function holds(problems: string[]): boolean {
  if (problems.length === 0) return true;
  throw new Error(`${problems.length} problem(s):\n  ${problems.slice(0, 8).join('\n  ')}`);
}

describe('renderers on random and hostile Replies', () => {
  it(
    'Slack: never throws, stays within Block Kit limits, escapes every < > & so nothing can mention or link',
    () => {
      fc.assert(
        fc.property(reply, (r) => holds(attempt(renderSlack, r, slackProblems))),
        PARAMS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'Discord: never throws, stays within message, embed and component limits, allowed_mentions.parse [] on every message',
    () => {
      fc.assert(
        fc.property(reply, (r) => holds(attempt(renderDiscord, r, discordProblems))),
        PARAMS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'terminal: never throws and returns text',
    () => {
      fc.assert(
        fc.property(reply, (r) => holds(attempt(renderTerminal, r, (out) => (typeof out === 'string' ? [] : [`returned ${typeof out}`])))),
        PARAMS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'terminal: passes no control character but the newline (no escape sequences)',
    () => {
      fc.assert(
        fc.property(reply, (r) => holds(attempt(renderTerminal, r, (out) => [terminalProblem(out)].filter((p): p is string => p !== undefined)))),
        PARAMS,
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the hostile cases, one by one', () => {
  const base: Reply = { status: 'answered', text: '', sources: [], suggestions: [], visibility: 'public' };
  const everywhere = (s: string): Reply => ({
    ...base,
    title: s,
    text: s,
    sources: [{ story: s, paragraph: 3, quote: s, attribution: s }],
    suggestions: [s, `${s} again`],
    sections: [{ heading: s, items: [{ text: s, source: { story: s, paragraph: 4, quote: s, attribution: s } }] }],
    notes: [s],
    feedbackId: 7,
  });

  it.each(HOSTILE_TOKENS.map((t) => [JSON.stringify(t), t] as const))('%s in every field renders within limits on all three', (_name, token) => {
    const r = everywhere(`Who ${token} called ${token}${token} Macron?`);
    expect(attempt(renderSlack, r, slackProblems)).toEqual([]);
    expect(attempt(renderDiscord, r, discordProblems)).toEqual([]);
  });

  it('Slack shows broadcast and mention tokens as text: <!channel> arrives as &lt;!channel&gt;', () => {
    const m = renderSlack(everywhere('<!channel> <@U123> <#C1> & done'));
    const all = [m.text, ...slackTextObjects(m.blocks).map((t) => t.text)].join('\n');
    expect(all).toContain('&lt;!channel&gt; &lt;@U123&gt; &lt;#C1&gt; &amp; done');
    expect(all).not.toMatch(/<[!@#]/);
  });

  it('Discord sends allowed_mentions.parse [] with @everyone, <@&123> and <@123> in the text', () => {
    for (const m of renderDiscord(everywhere('@everyone <@&123> <@123> @here'))) expect(m.allowed_mentions.parse).toEqual([]);
  });

  it('terminal output carries no ESC, CSI, OSC or BEL from a Reply', () => {
    const sequences = ['\u001B[2J\u001B[H', '\u001B]0;pwned\u0007', '\u009B31m', '\u001B]8;;https://evil.example\u001B\\x\u001B]8;;\u001B\\', 'a\rb', 'a\bb'];
    for (const s of sequences) expect(terminalProblem(renderTerminal(everywhere(s)))).toBeUndefined();
  });
});
