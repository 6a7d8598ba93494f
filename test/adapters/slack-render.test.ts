/**
 * render(): a neutral Reply as Block Kit within Slack's limits, with every piece of text escaped.
 */
import fc from 'fast-check';
import { escapeSlack, render, SLACK_LIMITS } from '../../src/adapters/slack';
import { splitEscaped, voteFromAction } from '../../src/adapters/slack-render';
import type { Reply, Source } from '../../src/core/types';

type Block = ReturnType<typeof render>['blocks'][number];

function reply(over: Partial<Reply> = {}): Reply {
  return { status: 'answered', text: 'An answer.', sources: [], suggestions: [], visibility: 'public', ...over };
}

function source(paragraph: number, quote: string, attribution = 'the report'): Source {
  return { story: 'trump-leader-calls', paragraph, quote, attribution };
}

/** Every text object in the blocks, with the block index it sits in. */
function textObjects(blocks: readonly Block[]): { block: number; type: string; text: string; verbatim?: boolean }[] {
  const out: { block: number; type: string; text: string; verbatim?: boolean }[] = [];
  const walk = (v: unknown, block: number): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, block));
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') {
      out.push({ block, type: o.type, text: o.text, verbatim: typeof o.verbatim === 'boolean' ? o.verbatim : undefined });
      return;
    }
    Object.values(o).forEach((x) => walk(x, block));
  };
  blocks.forEach((b, i) => walk(b, i));
  return out;
}

function buttons(blocks: readonly Block[]): { action_id: string; text: string; value: string }[] {
  return blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.flatMap((e) => (e.type === 'button' ? [{ action_id: e.action_id ?? '', text: e.text.text, value: e.value ?? '' }] : []))
      : [],
  );
}

/** Checks Slack's limits on a rendered message; returns the text objects for further checks. */
function expectWithinLimits(blocks: readonly Block[]): ReturnType<typeof textObjects> {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  const objects = textObjects(blocks);
  for (const t of objects) {
    expect(t.text.length).toBeGreaterThan(0);
    expect(t.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  }
  for (const b of blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
  }
  const ids = buttons(blocks).map((x) => x.action_id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const x of buttons(blocks)) {
    expect(x.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(x.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
  }
  return objects;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('render', () => {
  it('lays out the answer, one context block per source, then suggestion buttons', () => {
    const { blocks, text } = render(
      reply({
        text: 'Keir Starmer reportedly used WhatsApp to message Trump.',
        sources: [source(10, 'British Prime Minister Keir Starmer reportedly used WhatsApp to message Trump')],
        suggestions: ['/whocalled Starmer', 'What is the story about?'],
      }),
    );

    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'actions']);
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Keir Starmer reportedly used WhatsApp to message Trump.', verbatim: true } });
    expect(textObjects(blocks)[1]?.text).toBe('*¶10* “British Prime Minister Keir Starmer reportedly used WhatsApp to message Trump” — the report');
    expect(buttons(blocks)).toEqual([
      { action_id: 'factdesk_suggest_0', text: '/whocalled Starmer', value: '/whocalled Starmer' },
      { action_id: 'factdesk_suggest_1', text: 'What is the story about?', value: 'What is the story about?' },
    ]);
    expect(text).toBe('Keir Starmer reportedly used WhatsApp to message Trump.');
  });

  it('renders a digest: title header, section headers, items with their sources, notes, buttons', () => {
    const { blocks, text } = render(
      reply({
        status: 'info',
        title: 'Daily digest — 2025-01-10',
        text: 'The headline fact.',
        sources: [source(1, 'The headline quote')],
        sections: [
          { heading: 'From the story', items: [{ text: 'Item one.', source: source(2, 'Quote two') }, { text: 'Item two.' }] },
          { heading: 'Questions in this channel', items: [{ text: 'No questions since the last digest.' }] },
        ],
        notes: ['Only you see this.'],
        suggestions: ['How do aides react to the calls?'],
      }),
    );

    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'header', 'section', 'context', 'section', 'header', 'section', 'context', 'actions']);
    expect(textObjects(blocks).map((t) => t.text)).toEqual([
      'Daily digest — 2025-01-10',
      'The headline fact.',
      '*¶1* “The headline quote” — the report',
      'From the story',
      '• Item one.',
      '*¶2* “Quote two” — the report',
      '• Item two.',
      'Questions in this channel',
      '• No questions since the last digest.',
      'Only you see this.',
      'How do aides react to the calls?',
    ]);
    expect(text).toBe('Daily digest — 2025-01-10\nThe headline fact.');
  });

  it('sends every mrkdwn text verbatim, so Slack does not auto-link names or mentions', () => {
    const { blocks } = render(reply({ sources: [source(1, 'q')], notes: ['n'], sections: [{ heading: 'h', items: [{ text: 'i' }] }] }));
    const mrkdwn = textObjects(blocks).filter((t) => t.type === 'mrkdwn');
    expect(mrkdwn.length).toBeGreaterThan(3);
    for (const t of mrkdwn) expect(t.verbatim).toBe(true);
  });

  describe('escaping', () => {
    const hostile = '<!channel> <!here> <!everyone> <@U123ABC> <#C1|general> <https://evil.example|click> & a > b';

    it('escapes & < > in every text: answer, title, quotes, attributions, headings, items, notes, buttons, fallback', () => {
      const message = render(
        reply({
          title: hostile,
          text: `The story doesn't name "${hostile}".`,
          sources: [source(3, hostile, hostile)],
          sections: [{ heading: hostile, items: [{ text: hostile, source: source(4, hostile, hostile) }] }],
          notes: [hostile],
          suggestions: [hostile.slice(0, 60)],
        }),
      );

      const all = [message.text, ...textObjects(message.blocks).map((t) => t.text)];
      expect(all).toHaveLength(9);
      for (const t of all) {
        expect(t).not.toMatch(/[<>]/);
        expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }
      expect(message.text).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123ABC&gt;');
      expect(textObjects(message.blocks)[1]?.text).toBe(
        'The story doesn\'t name "&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123ABC&gt; &lt;#C1|general&gt; &lt;https://evil.example|click&gt; &amp; a &gt; b".',
      );
      // A button's value is data the adapter reads back, never shown: it keeps the text as it was.
      expect(buttons(message.blocks)[0]?.value).toBe(hostile.slice(0, 60));
    });

    it('escapeSlack escapes & first, so an existing entity is shown literally', () => {
      expect(escapeSlack('&lt;!here&gt; <b> & &amp;')).toBe('&amp;lt;!here&amp;gt; &lt;b&gt; &amp; &amp;amp;');
    });
  });

  describe("Slack's limits", () => {
    it('splits a long answer into sections at line or word boundaries, losing nothing', () => {
      const sentence = 'Leaders court Trump & his aides <sometimes> through informal calls and texts. ';
      const para = sentence.repeat(30);
      const text = `${para}\n${para}\n${para}`; // ~7,200 characters, more once escaped
      const { blocks } = render(reply({ text }));

      const sections = blocks.filter((b) => b.type === 'section');
      expect(sections.length).toBeGreaterThan(2);
      const pieces = expectWithinLimits(blocks).map((t) => t.text);
      expect(unescape(pieces.join(' ')).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
      // Each paragraph fits a block once escaped, two don't: the breaks fall between paragraphs.
      expect(pieces).toHaveLength(3);
      for (const p of pieces) expect(unescape(p)).toBe(para.trim());
    });

    it('cuts a word longer than a block between characters, never inside an escape', () => {
      const word = '<&>'.repeat(2000); // 6,000 characters, 26,000 escaped
      const pieces = splitEscaped(word, SLACK_LIMITS.sectionText);
      expect(pieces).toHaveLength(9);
      for (const p of pieces) {
        expect(p.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        expect(p).toMatch(/^(?:&lt;|&amp;|&gt;)+$/);
      }
      expect(unescape(pieces.join(''))).toBe(word);
    });

    it('keeps at most 50 blocks with many long sources, each quote whole in one block, and says how many were left out', () => {
      // ~2,000 characters each (~2,300 escaped): one fits a context element, two don't.
      const quotes = Array.from({ length: 80 }, (_, i) => `Quote ${i}: <${'x'.repeat(20)}> `.repeat(60).trim());
      const message = render(reply({ text: 'A'.repeat(9000), sources: quotes.map((q, i) => source(i + 1, q)), suggestions: ['/about'], notes: ['A note.'] }));

      const objects = expectWithinLimits(message.blocks);
      expect(message.blocks).toHaveLength(50);
      expect(message.blocks.at(-1)?.type).toBe('actions');
      expect(textObjects(message.blocks.slice(-2, -1))[0]?.text).toBe('A note.');
      // Every quote is whole in exactly one text object, or not there at all: never cut.
      let shown = 0;
      for (const q of quotes) {
        const holding = objects.filter((t) => t.text.includes(escapeSlack(q.slice(0, q.indexOf('>') + 1))));
        if (holding.length === 0) continue;
        expect(holding).toHaveLength(1);
        expect(holding[0]?.text).toContain(`“${escapeSlack(q)}”`);
        shown++;
      }
      expect(shown).toBeGreaterThan(30);
      expect(objects.map((t) => t.text)).toContain(`_${80 - shown} more sources not shown: a Slack message holds at most 50 blocks._`);
    });

    it('keeps a quote longer than one text object whole in one block', () => {
      const quote = 'A very long paragraph & its quote. '.repeat(250).trim(); // ~8,700 characters, ~9,700 escaped
      const message = render(reply({ sources: [source(4, quote, 'Politico reported')] }));

      const contexts = message.blocks.filter((b) => b.type === 'context');
      expect(contexts).toHaveLength(1);
      const parts = expectWithinLimits(contexts).map((t) => t.text);
      expect(parts.length).toBeGreaterThan(3);
      expect(unescape(parts.join(' ')).replace(/\s+/g, ' ')).toBe(`¶4 “${quote}” — Politico reported`);
    });

    it('cuts titles to 150 characters and button labels to 75, drops values over 2,000, keeps 5 unique buttons', () => {
      const long = 'Which leader reportedly used WhatsApp to message Trump and then called him late at night about trade?';
      const message = render(
        reply({
          title: `T${'itle & more '.repeat(30)}`,
          suggestions: [long, long, 'x'.repeat(2001), 'a', 'b', 'c', 'd', 'e'],
        }),
      );

      expectWithinLimits(message.blocks);
      const header = message.blocks[0];
      expect(header?.type === 'header' && header.text.text.endsWith('…')).toBe(true);
      const b = buttons(message.blocks);
      expect(b.map((x) => x.value)).toEqual([long, 'a', 'b', 'c', 'd']);
      expect(b[0]?.text).toMatch(/^Which leader .*…$/);
      expect(b.map((x) => x.action_id)).toEqual([0, 1, 2, 3, 4].map((n) => `factdesk_suggest_${n}`));
    });

    it('keeps the fallback text to a notification’s length', () => {
      const { text } = render(reply({ title: 'About', text: 'word '.repeat(2000) }));
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
      expect(text).toMatch(/^About\nword word .*…$/s);
    });

    it('has no actions block without suggestions', () => {
      expect(render(reply()).blocks.map((b) => b.type)).toEqual(['section']);
    });

    it('holds for any reply (property)', () => {
      const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '&', '<', '>', 'é', '😀', 'word '), maxLength: 4000 });
      const src = fc.record({ story: fc.constant('s'), paragraph: fc.nat(99), quote: text.filter((q) => q.trim() !== ''), attribution: fc.string({ maxLength: 80 }) });
      const arb = fc.record({
        title: fc.option(text, { nil: undefined }),
        text,
        sources: fc.array(src, { maxLength: 30 }),
        sections: fc.array(fc.record({ heading: text, items: fc.array(fc.record({ text, source: fc.option(src, { nil: undefined }) }), { maxLength: 8 }) }), { maxLength: 4 }),
        notes: fc.array(text, { maxLength: 3 }),
        suggestions: fc.array(fc.string({ maxLength: 120 }), { maxLength: 8 }),
        feedbackId: fc.option(fc.nat(), { nil: undefined }),
      });
      fc.assert(
        fc.property(arb, (r) => {
          const message = render(reply(r));
          const objects = textObjects(message.blocks);
          if (message.blocks.length > 50) return false;
          for (const t of [...objects.map((o) => o.text), message.text]) {
            if (t.length === 0 || t.length > 3000 || /[<>]/.test(t) || /&(?!amp;|lt;|gt;)/.test(t)) return false;
          }
          const ids = buttons(message.blocks).map((x) => x.action_id);
          if (new Set(ids).size !== ids.length) return false;
          if (message.blocks.some((b) => b.type === 'actions' && b.elements.length > 25)) return false;
          if (ids.filter((id) => id.startsWith('factdesk_vote_')).length !== (r.feedbackId === undefined ? 0 : 2)) return false;
          return message.blocks.every((b) => b.type !== 'context' || b.elements.length <= 10);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('feedback buttons', () => {
  const votes = (blocks: readonly Block[]) => buttons(blocks).filter((b) => b.action_id.startsWith('factdesk_vote_'));

  it('adds 👍 / 👎 carrying the answer id, in an actions block of their own, only when the answer was logged', () => {
    const { blocks } = render(reply({ feedbackId: 42 }));
    expect(blocks.map((b) => b.type)).toEqual(['section', 'actions']);
    const block = blocks[1];
    expect(block?.type === 'actions' && block.block_id).toBe('factdesk_feedback');
    expect(votes(blocks)).toEqual([
      { action_id: 'factdesk_vote_up', text: '👍', value: '42' },
      { action_id: 'factdesk_vote_down', text: '👎', value: '42' },
    ]);

    expect(votes(render(reply()).blocks)).toEqual([]);
    expect(votes(render(reply({ suggestions: ['/about'] })).blocks)).toEqual([]);
    // Not an id the adapter would accept back: no buttons rather than buttons that can't work.
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(votes(render(reply({ feedbackId: bad })).blocks)).toEqual([]);
  });

  it('keeps every limit with 3 suggestions and the 2 vote buttons: 5 unique action ids, no block over 25 elements', () => {
    const { blocks } = render(reply({ suggestions: ['/whocalled Starmer', 'Who did Macron call?', '/about'], notes: ['A note.'], feedbackId: 7 }));
    expectWithinLimits(blocks);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'actions', 'actions']);
    expect(buttons(blocks).map((b) => b.action_id)).toEqual(['factdesk_suggest_0', 'factdesk_suggest_1', 'factdesk_suggest_2', 'factdesk_vote_up', 'factdesk_vote_down']);
    for (const b of blocks) if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(25);
  });

  it('keeps the vote buttons when the reply is cut to 50 blocks', () => {
    const quotes = Array.from({ length: 80 }, (_, i) => `Quote ${i}: ${'word '.repeat(400)}`.trim());
    const message = render(reply({ text: 'A'.repeat(9000), sources: quotes.map((q, i) => source(i + 1, q)), suggestions: ['/about'], notes: ['A note.'], feedbackId: 3 }));
    expectWithinLimits(message.blocks);
    expect(message.blocks).toHaveLength(50);
    expect(message.blocks.slice(-3).map((b) => b.type)).toEqual(['context', 'actions', 'actions']);
    expect(votes(message.blocks).map((b) => b.value)).toEqual(['3', '3']);
    expect(textObjects(message.blocks).map((t) => t.text)).toContainEqual(expect.stringMatching(/more sources not shown/));
  });

  it('reads a click back only from a well-formed id', () => {
    expect(voteFromAction('factdesk_vote_up', '12')).toEqual({ feedbackId: 12, value: 1 });
    expect(voteFromAction('factdesk_vote_down', '0')).toEqual({ feedbackId: 0, value: -1 });
    expect(voteFromAction('factdesk_vote_down', '9007199254740991')).toEqual({ feedbackId: 9007199254740991, value: -1 });
    for (const forged of ['abc', '', ' 12', '12 ', '-1', '1.5', '1e3', '0x10', '012', '+3', '9007199254740992', '99999999999999999999', '１２']) {
      expect(voteFromAction('factdesk_vote_up', forged)).toBeUndefined();
    }
    expect(voteFromAction('factdesk_vote_up', undefined)).toBeUndefined();
    expect(voteFromAction('factdesk_suggest_0', '12')).toBeUndefined();
  });
});
