import { escapeRegExp, phraseBetween, readingOf } from '../../src/core/text';

describe('phraseBetween', () => {
  // Pairs of sticky patterns as the engine uses them (what comes before, read backwards, and what comes after), each
  // with the pattern it stands for when the phrase is written into it.
  const around: [RegExp, RegExp, (phrase: string) => RegExp][] = [
    [/\b/y, /\b/y, (p) => new RegExp(`\\b${p}\\b`)],
    [/(?<=\ban? )/y, /\b(?! (?:for|of)\b)/y, (p) => new RegExp(`\\ban? ${p}\\b(?! (?:for|of)\\b)`)],
    [/(?<=\b(?:is|was) (?:mr |mrs |ms |sir )?)/y, /\b/y, (p) => new RegExp(`\\b(?:is|was) (?:mr |mrs |ms |sir )?${p}\\b`)],
    [/^/y, /,? (?:is|was)\b/y, (p) => new RegExp(`^${p},? (?:is|was)\\b`)],
    [/(?<=(?:^|[.!?]\s*)(?:did|was)\b\s+(?:the\s+)?)/y, /\b/y, (p) => new RegExp(`(?:^|[.!?]\\s*)(?:did|was)\\b\\s+(?:the\\s+)?${p}\\b`)],
  ];
  const texts = [
    'is macron the president or was it mr macron?',
    'macron, is he the president',
    'an opportunity for the pm. an opportunity to talk. a leader of men',
    'did the leader call? was the leaders meeting on? so. did leader x',
    'macronism is not macron',
    'the number of calls and the numbers of texts',
    'x-ray is an x-ray of a-b',
    '',
    'a a a a',
    'émile is émile, and Émile',
  ];
  const phrases = ['macron', 'mr macron', 'leader', 'opportunity', 'number of', 'x-ray', 'a', 'a-b', 'émile', 'is', 'b', '-'];

  it('finds a phrase exactly where the pattern built around it would match', () => {
    let matched = 0;
    for (const [before, after, built] of around) {
      for (const text of texts) {
        for (const phrase of phrases) {
          const expected = built(escapeRegExp(phrase)).test(text);
          expect([text, phrase, built('·').source, phraseBetween(text, phrase, before, after)]).toEqual([text, phrase, built('·').source, expected]);
          if (expected) matched++;
        }
      }
    }
    // (Both answers are tried: some phrases stand where their pattern matches, most don't.)
    expect(matched).toBeGreaterThan(15);
  });

  it('tries every place the phrase stands, not only the first', () => {
    expect(phraseBetween('macronism, then macron', 'macron', /\b/y, /\b/y)).toBe(true);
    expect(phraseBetween('an opportunity for him, an opportunity to talk', 'opportunity', /(?<=\ban? )/y, /\b(?! (?:for|of)\b)/y)).toBe(true);
    expect(phraseBetween('an opportunity for him', 'opportunity', /(?<=\ban? )/y, /\b(?! (?:for|of)\b)/y)).toBe(false);
  });
});

describe('readingOf', () => {
  it('reads dashes as hyphens and drops emoji, keeping every other character', () => {
    expect(readingOf('the german chancellor — does he flatter him 🤔 on the phone?')).toBe('the german chancellor - does he flatter him on the phone?');
    expect(readingOf('the uk–us deal 🇬🇧🇺🇸 👍🏽 ok')).toBe('the uk-us deal ok');
    expect(readingOf('Macron’s “Emmanuel” 📞')).toBe('Macron’s “Emmanuel”');
    expect(readingOf('Путин — кто?')).toBe('Путин - кто?');
  });

  it('leaves text of one-byte characters as it is', () => {
    const text = 'café — no, just café';
    expect(readingOf('plain ASCII - question?')).toBe('plain ASCII - question?');
    expect(readingOf(text.replace(' —', ','))).toBe('café, no, just café');
  });
});
