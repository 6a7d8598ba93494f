/**
 * Loading and checking the fact base: `facts/<story>/{story.yml, entities.yml, facts.yml, article.txt}`.
 * Problems are values naming the file, the fact and the field, so startup and `facts check` can print them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { collapse } from './text';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');

const StorySchema = z.strictObject({
  id,
  title: text,
  source: text,
  article: text,
  headline: id,
  /** The entity every contact is with (the story's subject). */
  subject: id,
  summary: text,
});

const EntitySchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(['person', 'organization', 'group', 'place']),
  title: text,
  aliases: z.array(text).min(1),
  /** A source the story doesn't name ("a European official"). */
  anonymous: z.boolean().default(false),
  /** How the story refers to a person ("she"), so a question's "what's her title?" finds her when she is the only one. */
  pronoun: z.enum(['he', 'she', 'they']).optional(),
});

const SourceSchema = z.strictObject({
  paragraph: z.number().int().min(1),
  quote: text,
  attribution: text,
});

/** Question types a fact answers beyond who/what/how; see the engine's question reading. */
export const QUESTION_TYPES = ['when', 'where', 'why', 'how', 'how-many'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const FactSchema = z.strictObject({
  id,
  kind: z.enum(['contact', 'quote', 'claim', 'event']),
  about: z.array(id).min(1),
  answer: text.max(1200),
  questions: z.array(text).min(1),
  keywords: z.array(z.union([text, z.number().transform(String)])).default([]),
  covers: z.array(z.enum(QUESTION_TYPES)).default([]),
  contact: z
    .strictObject({
      with: z.array(id).min(2),
      via: text,
      when: text.optional(),
      about: text.optional(),
    })
    .optional(),
  notSaid: z.array(text).default([]),
  /** People whose own words the sources quote ("not a rip off" is Trump's), so "what did X say" can be checked. */
  quoted: z.array(id).default([]),
  sources: z.array(SourceSchema).min(1),
});

export type StoryMeta = z.infer<typeof StorySchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type FactRecord = z.infer<typeof FactSchema>;

/** A fact with its story attached. */
export interface Fact extends FactRecord {
  story: string;
}

/** One story, loaded. */
export interface Story {
  meta: StoryMeta;
  /** Paragraphs, 1-based at index 0 + 1. */
  paragraphs: string[];
  entities: Entity[];
  facts: Fact[];
  dir: string;
}

/** Every story under `facts/`. */
export interface FactBase {
  stories: Story[];
  facts: Fact[];
  entities: Entity[];
}

/** One problem, named precisely enough to fix it by hand. */
export interface Problem {
  file: string;
  fact?: string;
  field?: string;
  paragraph?: number;
  message: string;
}

export type LoadResult = { ok: true; base: FactBase; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Prints a problem on one line: `facts/x/facts.yml: fact rutte-texts: sources.0.quote: ...`. */
export function formatProblem(p: Problem): string {
  const parts = [p.file];
  if (p.fact) parts.push(`fact ${p.fact}`);
  if (p.field) parts.push(`field ${p.field}`);
  if (p.paragraph !== undefined) parts.push(`paragraph ${p.paragraph}`);
  return `${parts.join(': ')}: ${p.message}`;
}

/** Splits an article into paragraphs: one non-empty line each. */
export function splitParagraphs(article: string): string[] {
  return article
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function readYaml(path: string, display: string, problems: Problem[]): unknown {
  try {
    // (The core schema, as YAML 1.2 has it: "2025-07-01" stays text, not a date.)
    return loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
  } catch (err) {
    problems.push({ file: display, message: `cannot read YAML: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function zodProblems(file: string, error: z.ZodError, idOf: (index: number) => string | undefined): Problem[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const fact = typeof first === 'number' ? idOf(first) ?? `#${first + 1}` : undefined;
    const field = (typeof first === 'number' ? rest : issue.path).join('.') || undefined;
    return { file, fact, field, message: issue.message };
  });
}

function idAt(raw: unknown, index: number): string | undefined {
  if (!Array.isArray(raw)) return undefined;
  const item: unknown = raw[index];
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return item.id;
  return undefined;
}

/** Loads one story folder; schema problems are collected, never thrown. */
export function loadStory(dir: string, root: string): { story?: Story; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (f: string): string => relative(root, join(dir, f)) || f;
  const need = ['story.yml', 'entities.yml', 'facts.yml'];
  for (const f of need) {
    if (!existsSync(join(dir, f))) problems.push({ file: rel(f), message: 'missing file' });
  }
  if (problems.length) return { problems };

  const metaRaw = readYaml(join(dir, 'story.yml'), rel('story.yml'), problems);
  const entitiesRaw = readYaml(join(dir, 'entities.yml'), rel('entities.yml'), problems);
  const factsRaw = readYaml(join(dir, 'facts.yml'), rel('facts.yml'), problems);
  if (problems.length) return { problems };

  const meta = StorySchema.safeParse(metaRaw);
  if (!meta.success) problems.push(...zodProblems(rel('story.yml'), meta.error, () => undefined));
  const entities = z.array(EntitySchema).min(1).safeParse(entitiesRaw);
  if (!entities.success) problems.push(...zodProblems(rel('entities.yml'), entities.error, (i) => idAt(entitiesRaw, i)));
  const facts = z.array(FactSchema).min(1).safeParse(factsRaw);
  if (!facts.success) problems.push(...zodProblems(rel('facts.yml'), facts.error, (i) => idAt(factsRaw, i)));
  if (!meta.success || !entities.success || !facts.success) return { problems };

  const articlePath = join(dir, meta.data.article);
  if (!existsSync(articlePath)) return { problems: [{ file: rel('story.yml'), field: 'article', message: `no such file ${meta.data.article}` }] };
  const paragraphs = splitParagraphs(readFileSync(articlePath, 'utf8'));
  const story: Story = {
    meta: meta.data,
    paragraphs,
    entities: entities.data,
    // (Every fact built alike, its fields in one order and a missing contact undefined: validation builds each as
    // its YAML has it, and facts of a dozen shapes made the engine's code that reads them be thrown away and rebuilt.
    // `satisfies` makes a field added to the schema a compile error here, not a field silently dropped.)
    facts: facts.data.map(
      (f) =>
        ({ id: f.id, kind: f.kind, about: f.about, answer: f.answer, questions: f.questions, keywords: f.keywords, covers: f.covers, contact: f.contact, notSaid: f.notSaid, quoted: f.quoted, sources: f.sources, story: meta.data.id }) satisfies Record<keyof Fact, unknown>,
    ),
    dir,
  };
  problems.push(...checkStory(story, rel));
  return { story, problems };
}

/**
 * The cross-checks: unique ids, every entity reference resolves, every quote is verbatim in its paragraph
 * (whitespace collapsed), the headline exists. Coverage of paragraphs is checked separately (a warning at
 * load, an error in `facts check`).
 */
export function checkStory(story: Story, rel: (f: string) => string = (f) => f): Problem[] {
  const problems: Problem[] = [];
  const factsFile = rel('facts.yml');
  const entityIds = new Set<string>();
  for (const e of story.entities) {
    if (entityIds.has(e.id)) problems.push({ file: rel('entities.yml'), fact: e.id, message: 'duplicate entity id' });
    entityIds.add(e.id);
  }
  const factIds = new Set<string>();
  story.facts.forEach((f) => {
    if (factIds.has(f.id)) problems.push({ file: factsFile, fact: f.id, field: 'id', message: 'duplicate fact id' });
    factIds.add(f.id);
    // Every entity a fact names must exist: what it is about, whose words it quotes, who is in contact.
    const refs: [string, readonly string[]][] = [['about', f.about], ['quoted', f.quoted], ['contact.with', f.contact?.with ?? []]];
    for (const [field, ids] of refs) {
      ids.forEach((ref, i) => {
        if (!entityIds.has(ref)) problems.push({ file: factsFile, fact: f.id, field: `${field}.${i}`, message: `unknown entity "${ref}"` });
      });
    }
    if (f.kind === 'contact' && !f.contact) problems.push({ file: factsFile, fact: f.id, field: 'contact', message: 'a contact fact needs contact: {with, via}' });
    f.sources.forEach((s, i) => {
      const para = story.paragraphs[s.paragraph - 1];
      if (para === undefined) {
        problems.push({ file: factsFile, fact: f.id, field: `sources.${i}.paragraph`, paragraph: s.paragraph, message: `the article has ${story.paragraphs.length} paragraphs` });
      } else if (!collapse(para).includes(collapse(s.quote))) {
        problems.push({ file: factsFile, fact: f.id, field: `sources.${i}.quote`, paragraph: s.paragraph, message: `quote is not verbatim in paragraph ${s.paragraph}: "${s.quote.slice(0, 60)}"` });
      }
    });
  });
  if (!entityIds.has(story.meta.subject)) problems.push({ file: rel('story.yml'), field: 'subject', message: `unknown entity "${story.meta.subject}"` });
  if (!factIds.has(story.meta.headline)) problems.push({ file: rel('story.yml'), field: 'headline', message: `no fact "${story.meta.headline}"` });
  return problems;
}

/** Paragraphs no fact cites. */
export function uncoveredParagraphs(story: Story): number[] {
  const cited = new Set(story.facts.flatMap((f) => f.sources.map((s) => s.paragraph)));
  return story.paragraphs.map((_, i) => i + 1).filter((n) => !cited.has(n));
}

/** Loads every story folder under `root` (a folder per story). */
export function loadFactBase(root: string): LoadResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const stories: Story[] = [];
  if (!existsSync(root)) return { ok: false, problems: [{ file: root, message: 'fact base folder not found' }] };
  const dirs = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .sort();
  for (const d of dirs) {
    const { story, problems: p } = loadStory(join(root, d), root);
    problems.push(...p);
    if (story) {
      stories.push(story);
      for (const n of uncoveredParagraphs(story)) {
        warnings.push({ file: relative(root, join(story.dir, story.meta.article)), paragraph: n, message: 'no fact cites this paragraph' });
      }
    }
  }
  if (stories.length === 0 && problems.length === 0) problems.push({ file: root, message: 'no story folders' });
  const seen = new Set<string>();
  for (const s of stories) {
    if (seen.has(s.meta.id)) problems.push({ file: relative(root, join(s.dir, 'story.yml')), field: 'id', message: `duplicate story id "${s.meta.id}"` });
    seen.add(s.meta.id);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    base: { stories, facts: stories.flatMap((s) => s.facts), entities: stories.flatMap((s) => s.entities) },
    warnings,
  };
}
