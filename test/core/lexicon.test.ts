import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';
import { IDIOMS, plainIdioms, spelledOut } from '../../src/core/lexicon';

/**
 * Whether every match of a pattern holds, in the text it is tried on, a run of plain letters that passes `ok`: read
 * from the pattern's syntax, so it holds for any text, not only texts tried. A branch every match goes through
 * holds its runs of letters (a small class or group of plain alternatives, "(?:tone|mood) of", gives a run for
 * each) and its parts that hold; a group holds when each of its branches does; so does a part that must occur at
 * least once, and a lookahead or lookbehind that must match; optional parts, wide classes and negative lookarounds
 * hold nothing.
 */
function mustHold(re: RegExp, ok: (run: string) => boolean): boolean {
  const lower = (code: number): string => String.fromCodePoint(code).toLowerCase();
  // The plain strings an element can be, lower case, when they are few: "a", "[aA]", "(?:tone|mood)", "m{2}".
  const literal = (e: Element): string[] | undefined => {
    if (e.type === 'Character') return [lower(e.value)];
    if (e.type === 'CharacterClass' && !e.negate) {
      const out = new Set<string>();
      for (const c of e.elements) {
        if (c.type === 'Character') out.add(lower(c.value));
        else if (c.type === 'CharacterClassRange' && c.max.value - c.min.value < 26) {
          for (let v = c.min.value; v <= c.max.value; v++) out.add(lower(v));
        } else return undefined;
      }
      return out.size > 0 && out.size <= 26 ? [...out] : undefined;
    }
    if (e.type === 'Group' || e.type === 'CapturingGroup') {
      const out: string[] = [];
      for (const alt of e.alternatives) {
        let strings = [''];
        for (const x of alt.elements) {
          const l = literal(x);
          if (!l || strings.length * l.length > 256) return undefined;
          strings = strings.flatMap((s) => l.map((t) => s + t));
        }
        out.push(...strings);
      }
      return out;
    }
    if (e.type === 'Quantifier' && e.min === e.max && e.min <= 3) {
      const l = literal(e.element);
      if (!l) return undefined;
      let strings = [''];
      for (let i = 0; i < e.min; i++) strings = strings.flatMap((s) => l.map((t) => s + t));
      return strings.length <= 256 ? strings : undefined;
    }
    return undefined;
  };
  const branches = (alts: readonly Alternative[]): boolean => alts.length > 0 && alts.every((a) => sequence(a.elements));
  const element = (e: Element): boolean => {
    if (e.type === 'Group' || e.type === 'CapturingGroup') return branches(e.alternatives);
    if (e.type === 'Quantifier') return e.min >= 1 && element(e.element);
    if (e.type === 'Assertion' && (e.kind === 'lookahead' || e.kind === 'lookbehind')) return !e.negate && branches(e.alternatives);
    return false;
  };
  const sequence = (elements: readonly Element[]): boolean => {
    // Every way the current run of letters can be spelt must pass.
    let runs = [''];
    const held = (): boolean => runs.every((r) => r !== '' && ok(r));
    for (const e of elements) {
      const l = literal(e);
      if (l && runs.length * l.length <= 256) {
        runs = runs.flatMap((r) => l.map((t) => r + t));
        continue;
      }
      // ("erm+": the first m is there in every match; what follows it may not be.)
      const first = e.type === 'Quantifier' && e.min >= 1 ? literal(e.element) : undefined;
      if (first && runs.length * first.length <= 256) runs = runs.flatMap((r) => first.map((t) => r + t));
      if (held()) return true;
      runs = [''];
      if (element(e)) return true;
    }
    return held();
  };
  const pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u') });
  return branches(pattern.alternatives);
}

describe('set phrases (IDIOMS)', () => {
  it('each lists words that every one of its matches holds, so skipping it when they are absent changes nothing', () => {
    const wrong: string[] = [];
    for (const [re, , needs] of IDIOMS) {
      const what = re.source.slice(0, 70);
      // (A pattern that holds no two letters in a row is tried on every question.)
      if (!needs) {
        if (mustHold(re, (run) => run.length >= 2)) wrong.push(`${what}: list words one of which any match holds`);
        continue;
      }
      if (needs.some((n) => n !== n.toLowerCase())) wrong.push(`${what}: words in lower case (they are looked for in the text lowered)`);
      if (!mustHold(re, (run) => needs.some((n) => run.includes(n)))) wrong.push(`${what}: a match can hold none of ${needs.join(' | ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads which words a pattern always holds', () => {
    const holds = (re: RegExp, ...needs: string[]): boolean => mustHold(re, (run) => needs.some((n) => run.includes(n)));
    expect(holds(/\b(?:built|rests?) on\b/i, 'built', 'rest')).toBe(true);
    expect(holds(/\b(?:built|rests?) on\b/i, 'built')).toBe(false);
    expect(holds(/colou?r scheme/, 'colour')).toBe(false);
    expect(holds(/colou?r scheme/, 'scheme')).toBe(true);
    expect(holds(/(?:the )?lede/i, 'the')).toBe(false);
    expect(holds(/(?:the )?LEDE/i, 'lede')).toBe(true);
    expect(holds(/\w+(?= news)/, 'news')).toBe(true);
    expect(holds(/\w+(?! news)/, 'news')).toBe(false);
    expect(holds(/[ab]{2}x/, 'ab')).toBe(false);
    expect(holds(/[ab]{2}x/, 'ab', 'aa', 'ba', 'bb')).toBe(true);
    expect(holds(/(?:tone|mood) of/, 'tone of', 'mood of')).toBe(true);
    expect(holds(/(?:tone|mood) of/, 'tone of')).toBe(false);
    expect(holds(/\bum+\b/, 'umm')).toBe(false);
    expect(holds(/\bum+\b/, 'um')).toBe(true);
  });

  it('still applies a phrase whose words appear only once an earlier phrase has been read', () => {
    // "is it legit that" reads as "is it true that", which reads as "did": the second phrase's words were not in
    // the question as asked.
    expect(plainIdioms('Is it legit that the aides were cringing?')).toMatch(/^did the aides\b/i);
    expect(plainIdioms('IS THIS TRUE?')).toBe('which outlet reported the story?');
  });

  it('reads "who had" as asking for an outlet only when the story is what was had', () => {
    expect(plainIdioms('who had the story first?')).toBe('which outlet reported the story first?');
    // "had" as a helping verb: the question is about whoever listened in.
    expect(plainIdioms('Who had been eavesdropping on the calls?')).toBe('Who had been eavesdropping on the calls?');
    expect(plainIdioms('who had calls with Trump?')).toBe('who had calls with Trump?');
  });
});

describe('chat shorthand', () => {
  // One of each kind the passes spell out, in the cases people type them: the quick test that lets a question
  // skip the passes must let every one of them through.
  it.each([
    ['WAT did Macron say', 'what did Macron say'],
    ['Wut r the calls abt', 'what are the calls about'],
    ['hw did they talk', 'how did they talk'],
    ['ok. Y does he care', 'ok. why does he care'],
    ['can u tell me', 'can you tell me'],
    ['is ur bot sure', 'is your bot sure'],
    ['Dose Trump like him', 'does Trump like him'],
    ['teh texts', 'the texts'],
    ['calls w/o aides', 'calls without aides'],
    ['calls w/ Macron', 'calls with Macron'],
    ['calls w/Macron', 'calls with Macron'],
    ['which PPL texted', 'which people texted'],
    ['the ldrs', 'the leaders'],
    ['who Txted him', 'who texted him'],
    ['the msgs', 'the messages'],
    ['who msgd him', 'who messaged him'],
    ['any msg', 'any message'],
    ['cuz why', 'because why'],
    ['on the fone', 'on the phone'],
    ['b4 the summit', 'before the summit'],
    ["the UK gov't", 'the UK government'],
    ['mtgs with Trump', 'meetings with Trump'],
    ['intl leaders', 'international leaders'],
    ['tryna flatter', 'trying to flatter'],
    ['howd they meet', 'how did they meet'],
    ['text eachother', 'text each other'],
    ['what did the WH say', 'what did the White House say'],
    ['<@U123> who called Trump', '  who called Trump'],
    ['@everyone who called Trump', '  who called Trump'],
  ])('spells out %j', (typed, plain) => {
    expect(spelledOut(typed)).toBe(plain);
  });

  it('leaves words that only hold shorthand alone', () => {
    for (const q of ['Who are you?', 'the U.K. and the U.S.', "it's Trump's", 'What about Rutte?', 'Wholesale text?']) expect(spelledOut(q)).toBe(q);
  });
});
