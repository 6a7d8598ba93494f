import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStory, formatProblem, loadFactBase, splitParagraphs, uncoveredParagraphs } from '../../src/core/fact-base';
import { collapse } from '../../src/core/text';
import { FACTS, tempDir } from '../helpers';

/** A copy of the real fact base that a test may break. */
function copyFacts(): string {
  const dir = tempDir();
  cpSync(FACTS, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, 'trump-leader-calls', file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

describe('loading the fact base', () => {
  it('loads the story with every paragraph, entity and fact', () => {
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const story = r.base.stories[0];
    expect(story?.meta.id).toBe('trump-leader-calls');
    expect(story?.paragraphs).toHaveLength(12);
    expect(r.base.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['trump', 'macron', 'starmer', 'rutte', 'anna-kelly', 'nato', 'politico']));
    expect(r.warnings).toEqual([]);
  });

  it('keeps the article verbatim: paragraphs are the non-empty lines of the shipped text', () => {
    const text = readFileSync(join(FACTS, 'trump-leader-calls', 'article.txt'), 'utf8');
    expect(splitParagraphs(text)[5]).toContain("Trump would say 'Emmanuellllll'");
  });

  it('has every quote verbatim in its paragraph and every paragraph cited', () => {
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error('load failed');
    for (const story of r.base.stories) {
      expect(checkStory(story)).toEqual([]);
      expect(uncoveredParagraphs(story)).toEqual([]);
      for (const f of story.facts) {
        for (const s of f.sources) expect(collapse(story.paragraphs[s.paragraph - 1] ?? '')).toContain(collapse(s.quote));
      }
    }
  });

  it('never states a direction for a contact: contacts name who and how, not who called whom', () => {
    const r = loadFactBase(FACTS);
    if (!r.ok) throw new Error('load failed');
    for (const f of r.base.facts.filter((x) => x.kind === 'contact')) {
      expect(f.contact?.with.length).toBeGreaterThanOrEqual(2);
      expect(f.answer).not.toMatch(/\b(called|phoned|rang) (him|Trump|Macron|Starmer)\b/);
    }
  });
});

describe('a broken fact base stops startup, naming file, fact and field', () => {
  it('names the fact and field of a schema error', () => {
    const dir = copyFacts();
    edit(dir, 'facts.yml', /- id: starmer-whatsapp\n {2}kind: contact/, '- id: starmer-whatsapp\n  kind: rumour');
    const r = loadFactBase(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = r.problems.map(formatProblem).join('\n');
    expect(line).toContain('trump-leader-calls/facts.yml');
    expect(line).toContain('fact starmer-whatsapp');
    expect(line).toContain('field kind');
  });

  it('rejects a quote that is not verbatim, naming the paragraph', () => {
    const dir = copyFacts();
    edit(dir, 'facts.yml', 'reportedly used WhatsApp to message Trump"', 'reportedly used Signal to message Trump"');
    const r = loadFactBase(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.fact === 'starmer-whatsapp');
    expect(p?.field).toBe('sources.0.quote');
    expect(p?.paragraph).toBe(10);
  });

  it.each([
    ['an entity a fact is about', 'about: [rutte, trump, nato]', 'about: [rutte, trump, nato, putin]', /fact rutte-texts-posted: field about\.3: unknown entity "putin"/],
    ['a quoted speaker', 'quoted: [trump]', 'quoted: [trump, biden]', /fact nato-reversal: field quoted\.1: unknown entity "biden"/],
  ])('rejects a reference to %s that does not exist', (_what, from, to, problem) => {
    const dir = copyFacts();
    edit(dir, 'facts.yml', from, to);
    const r = loadFactBase(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem).join('\n')).toMatch(problem);
  });

  it('rejects YAML that does not parse, naming the file', () => {
    const dir = copyFacts();
    edit(dir, 'entities.yml', '- id: macron', '- id: [macron');
    const r = loadFactBase(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.file).toBe('trump-leader-calls/entities.yml');
  });

  it('reads a plain value that looks like a date or a yes as the text an editor wrote', () => {
    const dir = copyFacts();
    edit(dir, 'story.yml', /^title: .*$/m, 'title: 2025-07-01');
    const r = loadFactBase(dir);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.base.stories[0]?.meta.title).toBe('2025-07-01');
  });

  it('warns about a paragraph no fact cites', () => {
    const dir = copyFacts();
    // Remove the only fact citing paragraph 7.
    edit(dir, 'facts.yml', /- id: bro-ing-out[\s\S]*?(?=\n- id: calls-paying-dividends)/, '');
    const r = loadFactBase(dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.paragraph)).toEqual([7]);
  });
});
