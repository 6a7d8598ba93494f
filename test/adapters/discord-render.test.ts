/**
 * The Discord renderer and the slash-command derivation, as pure functions: Discord's limits on random
 * replies, quotes never cut, nothing that can ping, suggestions recoverable from a click, 👍 / 👎 only on
 * logged answers, and commands that match their declarations.
 */
import fc from 'fast-check';
import { ButtonStyle, type APIEmbed } from 'discord.js';
import { completeTimezone } from '../../src/adapters/discord';
import {
  DISCORD_LIMITS,
  embedSize,
  render,
  safeText,
  splitText,
  suggestionFromClick,
  VOTE_PREFIX,
  voteFromClick,
  type DiscordMessage,
} from '../../src/adapters/discord-render';
import { normaliseCommand, toDiscordCommands } from '../../src/adapters/discord-register';
import { composeDigest } from '../../src/core/digest';
import { answerReply, infoReply } from '../../src/core/reply';
import { createRegistry } from '../../src/core/registry';
import type { Command, Reply, Source } from '../../src/core/types';
import { realCore } from '../helpers';

const core = realCore();

/** Every string a person reads in the messages, one entry per embed part. */
function parts(messages: readonly DiscordMessage[]): string[] {
  return messages.flatMap((m) =>
    m.embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]).filter((s): s is string => !!s),
  );
}

function checkLimits(messages: readonly DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThanOrEqual(1);
  expect(messages.length).toBeLessThanOrEqual(DISCORD_LIMITS.messages);
  const ids = new Set<string>();
  messages.forEach((m, i) => {
    expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(m.embeds.length).toBeGreaterThanOrEqual(1);
    expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(m.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const e of m.embeds) checkEmbed(e);
    if (i < messages.length - 1) expect(m.components).toEqual([]);
    expect(m.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.rows);
    for (const row of m.components) {
      expect(row.components.length).toBeGreaterThanOrEqual(1);
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const b of row.components) {
        expect(b.label?.length ?? 0).toBeGreaterThanOrEqual(1);
        expect(b.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
        expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(ids.has(b.custom_id)).toBe(false);
        ids.add(b.custom_id);
      }
    }
  });
}

function checkEmbed(e: APIEmbed): void {
  expect(embedSize(e)).toBeGreaterThan(0);
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThanOrEqual(1);
    expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThanOrEqual(1);
    expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
}

/** How many sources and items the omission note says were left out (0 when nothing was). */
function omitted(messages: readonly DiscordMessage[]): { sources: number; items: number } {
  const note = parts(messages).find((p) => p.includes('not shown: a reply here holds at most'));
  return {
    sources: Number(/(\d+) more sources?/.exec(note ?? '')?.[1] ?? 0),
    items: Number(/(\d+) more items?/.exec(note ?? '')?.[1] ?? 0),
  };
}

// Words that exercise escaping and mentions besides plain text.
const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z]{1,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '*bold*', '_it_', '`code`', '||spoiler||', '~~s~~', '[link](http://x.y)', '#', '-', '1.', '>', 'Montréal', '👍🏽', '\\') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{40,200}$/) },
);
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const sentence = (maxWords: number): fc.Arbitrary<string> => words(1, maxWords);

const source: fc.Arbitrary<Source> = fc.record({
  story: fc.constant('s'),
  paragraph: fc.integer({ min: 1, max: 99 }),
  // Mostly sentence-sized, sometimes longer than a field (1,024) or near a description (4,096).
  quote: fc.oneof({ weight: 8, arbitrary: words(1, 40) }, { weight: 1, arbitrary: words(150, 600) }),
  attribution: fc.oneof(fc.constant('the report'), sentence(60)),
});

// Each quote tagged so it can be found again; up to ~4,000 characters (a field holds 1,024).
const tagged = (prefix: string) => (list: Source[]): Source[] => list.map((s, i) => ({ ...s, quote: `${prefix}${i}x ${s.quote}`.slice(0, 4000).trim() }));
const sources = fc.oneof({ weight: 3, arbitrary: fc.array(source, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(source, { minLength: 10, maxLength: 40 }) }).map(tagged('Q'));

const replyArb: fc.Arbitrary<Reply> = fc.record({
  status: fc.constantFrom('answered', 'unanswered', 'info', 'error'),
  title: fc.option(sentence(80), { nil: undefined }),
  text: fc.oneof({ weight: 4, arbitrary: sentence(40) }, { weight: 1, arbitrary: words(300, 1500) }),
  sources,
  suggestions: fc.array(fc.oneof(sentence(12), sentence(80), fc.constant('/whocalled Macron')), { maxLength: 14 }),
  sections: fc.option(
    fc.array(
      fc.record({
        heading: sentence(60),
        items: fc.array(fc.record({ text: sentence(60), source: fc.option(source.map((q) => tagged('I')([q])[0] ?? q), { nil: undefined }) }), { maxLength: 12 }),
      }),
      { maxLength: 4 },
    ),
    { nil: undefined },
  ),
  visibility: fc.constantFrom('public', 'private'),
  notes: fc.option(fc.array(sentence(100), { maxLength: 3 }), { nil: undefined }),
});

describe('render()', () => {
  it('renders /whocalled Macron: the answer in the description, one field per source, buttons for suggestions', () => {
    const answer = core.engine.whocalled('Macron');
    const [message, ...more] = render(answerReply(answer));
    expect(more).toEqual([]);
    if (!message) throw new Error('no message');
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds).toHaveLength(1);
    const embed = message.embeds[0];
    expect(embed?.description).toBe(safeText(answer.answer));
    expect(embed?.fields).toEqual(answer.sources.map((s) => ({ name: `¶${s.paragraph} — ${s.attribution}`, value: `“${s.quote}”` })));
    expect(embed?.fields?.map((f) => f.name.split(' — ')[0])).toEqual(['¶5', '¶6', '¶7']);
    const buttons = message.components.flatMap((r) => r.components);
    expect(buttons.map((b) => b.label)).toEqual(answer.suggestions);
    expect(buttons.map((b) => suggestionFromClick(b.custom_id, message.embeds))).toEqual(answer.suggestions);
  });

  it('renders a digest: its sections, each quote whole under its item', () => {
    const date = '2025-03-09';
    const digest = composeDigest({ base: core.engine.base, shown: [], lastKnown: undefined, activity: [], date }).reply;
    const messages = render(digest);
    checkLimits(messages);
    const text = parts(messages).join('\n');
    for (const s of digest.sections ?? []) {
      expect(text).toContain(s.heading);
      for (const item of s.items) if (item.source) expect(text).toContain(`“${safeText(item.source.quote)}”`);
    }
  });

  it('keeps every random reply within Discord limits, never cuts a quote, and can always recover a suggestion', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const messages = render(reply);
        checkLimits(messages);
        const shown = parts(messages);
        const left = omitted(messages);
        // Each source is shown whole (in one field or description, or run on across consecutive descriptions
        // when longer than one), or counted as left out.
        const all = shown.join(' ');
        const isWhole = (s: Source): boolean => shown.some((p) => p.includes(`“${safeText(s.quote)}”`)) || all.includes(`“${safeText(s.quote)}”`);
        const whole = reply.sources.filter(isWhole);
        expect(whole.length + left.sources).toBe(reply.sources.length);
        // Left out means whole units from the end: the shown ones are the first ones.
        expect(whole).toEqual(reply.sources.slice(0, whole.length));
        const items = (reply.sections ?? []).flatMap((s) => s.items);
        const wholeItems = items.filter((it) => !it.source || isWhole(it.source));
        expect(wholeItems.length + left.items).toBeGreaterThanOrEqual(items.length);
        // Every button asks exactly its suggestion.
        const last = messages[messages.length - 1];
        for (const b of last?.components.flatMap((r) => r.components) ?? []) {
          const asked = suggestionFromClick(b.custom_id, last?.embeds ?? []);
          expect(reply.suggestions.map((s) => s.replace(/\s+/g, ' ').trim())).toContain(asked);
        }
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });

  it('never lets text ping or format: mentions defused, Markdown escaped', () => {
    const hostile = '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678> *bold* [x](http://evil) # heading';
    const messages = render({ ...infoReply(hostile), title: '@here title', sources: [{ story: 's', paragraph: 1, quote: '@everyone *said* so', attribution: '<@&1>' }], suggestions: ['@everyone'] });
    const text = parts(messages).join('\n');
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<[@#][!&]?\d/);
    expect(text).toContain('@\u200beveryone');
    expect(text).toContain('\\*bold\\*');
    expect(text).toContain('\\[x](http://evil)');
    expect(text).toContain('“@\u200beveryone \\*said\\* so”');
    for (const m of messages) expect(m.allowed_mentions.parse).toEqual([]);
  });

  it('puts a quote too long for a field whole into an embed of its own', () => {
    const quote = `${'word '.repeat(400)}end`; // ~2,000 characters
    const s: Source = { story: 's', paragraph: 12, quote, attribution: 'the report' };
    const [message] = render({ ...infoReply('Short answer.'), sources: [s, { ...s, paragraph: 13, quote: 'a short one' }] });
    const embeds = message?.embeds ?? [];
    expect(embeds.map((e) => e.title ?? null)).toEqual([null, '¶12 — the report', null]);
    expect(embeds[1]?.description).toBe(`“${quote}”`);
    expect(embeds[2]?.fields).toEqual([{ name: '¶13 — the report', value: '“a short one”' }]);
  });

  it('runs a quote longer than any description on across embeds, every word in order', () => {
    const quote = Array.from({ length: 1800 }, (_, i) => `w${i}`).join(' '); // ~10,000 characters
    const messages = render({ ...infoReply('Long.'), sources: [{ story: 's', paragraph: 3, quote, attribution: 'the report' }] });
    checkLimits(messages);
    const descriptions = messages.flatMap((m) => m.embeds.slice(m === messages[0] ? 1 : 0).map((e) => e.description ?? ''));
    expect(descriptions.join(' ')).toBe(`“${quote}”`);
  });

  it('maps a suggestion too long for a custom id through the footer', () => {
    const long = `Which app did Starmer use to message Trump ${'and why '.repeat(12)}?`;
    const [message] = render({ ...infoReply('x'), suggestions: ['/whocalled Macron', long] });
    const buttons = message?.components.flatMap((r) => r.components) ?? [];
    expect(buttons.map((b) => b.custom_id)).toEqual(['factdesk:suggest:0:/whocalled Macron', 'factdesk:suggest:1']);
    expect(buttons[1]?.label?.endsWith('…')).toBe(true);
    expect(suggestionFromClick('factdesk:suggest:1', message?.embeds ?? [])).toBe(long.replace(/\s+/g, ' ').trim());
    expect(suggestionFromClick('factdesk:suggest:7', message?.embeds ?? [])).toBeUndefined();
    expect(suggestionFromClick('someone-else:1', message?.embeds ?? [])).toBeUndefined();
  });

  it('splits text only at whitespace when it can, losing nothing else', () => {
    fc.assert(
      fc.property(words(0, 400), fc.integer({ min: 20, max: 500 }), (text, max) => {
        const pieces = splitText(text, max);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(max);
        expect(pieces.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});

describe('feedback buttons', () => {
  const rowsOf = (messages: readonly DiscordMessage[]) => (messages[messages.length - 1]?.components ?? []).map((r) => r.components.map((b) => b.custom_id));
  const votesOf = (messages: readonly DiscordMessage[]) => messages.flatMap((m) => m.components.flatMap((r) => r.components)).filter((b) => b.custom_id.startsWith(VOTE_PREFIX));

  it('adds 👍 / 👎 (Secondary) carrying the answer id only when the answer was logged', () => {
    const messages = render({ ...infoReply('An answer.'), feedbackId: 42 });
    checkLimits(messages);
    expect(rowsOf(messages)).toEqual([['factdesk:vote:42:up', 'factdesk:vote:42:down']]);
    expect(votesOf(messages).map((b) => ({ label: b.label, style: b.style }))).toEqual([
      { label: '👍', style: ButtonStyle.Secondary },
      { label: '👎', style: ButtonStyle.Secondary },
    ]);

    expect(votesOf(render(infoReply('No log.')))).toEqual([]);
    expect(votesOf(render({ ...infoReply('No log.'), suggestions: ['/about'] }))).toEqual([]);
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(votesOf(render({ ...infoReply('x'), feedbackId: bad }))).toEqual([]);
  });

  it('puts them in the last row when it has room (3 suggestions + 2 votes = 5), else in a row of their own', () => {
    const three = render({ ...infoReply('x'), suggestions: ['/about', '/help', 'Who did Macron call?'], feedbackId: 7 });
    checkLimits(three);
    expect(rowsOf(three)).toEqual([
      ['factdesk:suggest:0:/about', 'factdesk:suggest:1:/help', 'factdesk:suggest:2:Who did Macron call?', 'factdesk:vote:7:up', 'factdesk:vote:7:down'],
    ]);

    const four = render({ ...infoReply('x'), suggestions: ['a', 'b', 'c', 'd'], feedbackId: 7 });
    checkLimits(four);
    expect(rowsOf(four).map((r) => r.length)).toEqual([4, 2]);

    const ten = render({ ...infoReply('x'), suggestions: Array.from({ length: 14 }, (_, i) => `Question ${i}?`), feedbackId: 7 });
    checkLimits(ten);
    expect(rowsOf(ten).map((r) => r.length)).toEqual([5, 5, 2]);
    expect(rowsOf(ten)[2]).toEqual(['factdesk:vote:7:up', 'factdesk:vote:7:down']);
  });

  it('puts them on the last message of a reply split over several', () => {
    const quote = (i: number): Source => ({ story: 's', paragraph: i + 1, quote: `Q${i} ${'word '.repeat(190)}`.trim(), attribution: 'the report' });
    const messages = render({ ...infoReply('Long.'), sources: Array.from({ length: 40 }, (_, i) => quote(i)), suggestions: ['/about'], feedbackId: 9 });
    checkLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    expect(rowsOf(messages)).toEqual([['factdesk:suggest:0:/about', 'factdesk:vote:9:up', 'factdesk:vote:9:down']]);
    expect(votesOf(messages)).toHaveLength(2);
  });

  it('stays within every limit for any reply with an answer id (property)', () => {
    fc.assert(
      fc.property(replyArb, fc.nat(), (reply, feedbackId) => {
        const messages = render({ ...reply, feedbackId });
        checkLimits(messages);
        expect(votesOf(messages).map((b) => b.custom_id)).toEqual([`factdesk:vote:${feedbackId}:up`, `factdesk:vote:${feedbackId}:down`]);
        expect(messages[messages.length - 1]?.components.flatMap((r) => r.components).slice(-2)).toEqual(votesOf(messages));
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('reads a click back only from a well-formed id', () => {
    expect(voteFromClick('factdesk:vote:12:up')).toEqual({ feedbackId: 12, value: 1 });
    expect(voteFromClick('factdesk:vote:0:down')).toEqual({ feedbackId: 0, value: -1 });
    expect(voteFromClick('factdesk:vote:9007199254740991:down')).toEqual({ feedbackId: 9007199254740991, value: -1 });
    for (const forged of ['abc', '', '-1', '1.5', '1e3', '012', '9007199254740992', '99999999999999999999', '１２']) {
      expect(voteFromClick(`factdesk:vote:${forged}:up`)).toBeUndefined();
    }
    for (const other of ['factdesk:vote:12', 'factdesk:vote:12:sideways', 'factdesk:vote:12:up:extra', 'factdesk:suggest:0:hi', 'factdesk:vote:12:UP']) {
      expect(voteFromClick(other)).toBeUndefined();
    }
  });
});

describe('toDiscordCommands()', () => {
  const registry = createRegistry();
  const commands = toDiscordCommands(registry.commands);

  it('derives one slash command per declared command, usable in guilds and DMs with the bot', () => {
    expect(commands.map((c) => c.name)).toEqual(registry.commands.map((c) => c.name));
    for (const [i, c] of commands.entries()) {
      const decl = registry.commands[i];
      expect(c.type).toBe(1);
      expect(c.description).toBe(decl?.description);
      expect(c.contexts).toEqual([0, 1]);
      expect(c.integration_types).toEqual([0]);
      expect(c.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('derives options and subcommands from the declarations', () => {
    for (const [i, c] of commands.entries()) {
      const decl = registry.commands[i];
      if (!decl) throw new Error('declaration missing');
      const expectOptions = (got: unknown, declared: Command['options']): void => {
        const ordered = [...declared.filter((o) => o.required), ...declared.filter((o) => !o.required)];
        expect(got ?? []).toEqual(
          ordered.map((o) => ({
            type: 3,
            name: o.name,
            description: o.description,
            ...(o.required ? { required: true } : {}),
            ...(o.maxLength ? { max_length: o.maxLength } : {}),
            ...(o.autocomplete ? { autocomplete: true } : {}),
          })),
        );
      };
      if (decl.subcommands?.length) {
        expect(c.options?.map((o) => [o.type, o.name, o.description])).toEqual(decl.subcommands.map((s) => [1, s.name, s.description]));
        decl.subcommands.forEach((s, k) => {
          const opt = c.options?.[k];
          expectOptions(opt && 'options' in opt ? opt.options : [], s.options);
        });
      } else {
        expectOptions(c.options, decl.options);
      }
    }
    expect(commands.find((c) => c.name === 'whocalled')?.options).toEqual([
      { type: 3, name: 'leader', description: expect.any(String), max_length: 100, autocomplete: true },
    ]);
    expect(commands.find((c) => c.name === 'ask')?.options).toEqual([
      { type: 3, name: 'question', description: expect.any(String), required: true, max_length: 2000 },
    ]);
  });

  it('puts required options first, prefers choices to autocomplete, and refuses options mixed with subcommands', () => {
    const base: Command = { name: 't', description: 'd', usage: '/t', options: [], run: () => infoReply('x') };
    const [c] = toDiscordCommands([
      {
        ...base,
        options: [
          { name: 'a', description: 'a', type: 'string', autocomplete: 'leader', choices: ['one', 'two'] },
          { name: 'b', description: 'b', type: 'string', required: true },
        ],
      },
    ]);
    expect(c?.options).toEqual([
      { type: 3, name: 'b', description: 'b', required: true },
      { type: 3, name: 'a', description: 'a', choices: [{ name: 'one', value: 'one' }, { name: 'two', value: 'two' }] },
    ]);
    expect(() => toDiscordCommands([{ ...base, options: [{ name: 'a', description: 'a', type: 'string' }], subcommands: [{ name: 's', description: 's', options: [] }] }])).toThrow(/\/t: .*mix/);
  });

  it('compares equal to the same commands as Discord returns them', () => {
    for (const c of commands) {
      const fromDiscord = {
        ...c,
        id: '1',
        application_id: '2',
        version: '3',
        default_member_permissions: null,
        nsfw: false,
        description_localizations: null,
        contexts: [...(c.contexts ?? [])].reverse(),
        options: (c.options ?? []).map((o) => ({ required: false, ...o, name_localizations: null })),
      };
      expect(normaliseCommand(fromDiscord, true)).toEqual(normaliseCommand(c, true));
      expect(normaliseCommand({ ...fromDiscord, description: 'changed' }, true)).not.toEqual(normaliseCommand(c, true));
    }
  });
});

describe('completeTimezone()', () => {
  const now = new Date('2025-01-15T12:00:00Z');

  it('offers IANA zones matching what was typed, best first, within Discord limits', () => {
    const paris = completeTimezone('Europe/Par', now);
    expect(paris[0]).toEqual({ name: 'Europe/Paris (GMT+1)', value: 'Europe/Paris' });
    expect(completeTimezone('york', now).map((c) => c.value)).toContain('America/New_York');
    expect(completeTimezone('new york', now)[0]?.value).toBe('America/New_York');
    expect(completeTimezone('utc', now)[0]?.value).toBe('UTC');
    expect(completeTimezone('zzzz', now)).toEqual([]);
    const empty = completeTimezone('', now);
    expect(empty.map((c) => c.value)).toContain('UTC');
    for (const typed of ['', 'a', 'e', 'America/', '/']) {
      const choices = completeTimezone(typed, now);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
