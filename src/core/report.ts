/**
 * The editors' report, as a pure function of the question log: questions the story could not answer,
 * grouped by similar wording; answers voted down; the facts answered most. It is what an editor reads to
 * decide which phrasings or facts to add to `facts/`.
 */
import { terminalSafe } from './text';
import { contentStems } from './vocabulary';

/** One logged question with its votes, as the report needs it. */
export interface ReportRow {
  id: number;
  at: string;
  question: string;
  answered: boolean;
  topFact?: string;
  up: number;
  down: number;
}

export interface QuestionGroup {
  /** The most common wording in the group. */
  example: string;
  count: number;
  /** Up to five other wordings. */
  variants: string[];
}

export interface Report {
  since?: string;
  total: number;
  answered: number;
  unanswered: QuestionGroup[];
  votedDown: { question: string; topFact?: string; down: number; up: number }[];
  topFacts: { fact: string; count: number }[];
}

/** How alike two wordings are: shared content words over all content words (Jaccard). */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups wordings greedily: each joins the first group whose first wording is at least this alike. */
export const GROUP_SIMILARITY = 0.5;

export function groupQuestions(questions: readonly string[]): QuestionGroup[] {
  const groups: { key: Set<string>; wordings: Map<string, number> }[] = [];
  for (const q of questions) {
    const key = new Set(contentStems(q));
    const g = groups.find((x) => similarity(x.key, key) >= GROUP_SIMILARITY);
    const text = q.trim().slice(0, 300);
    if (g) g.wordings.set(text, (g.wordings.get(text) ?? 0) + 1);
    else groups.push({ key, wordings: new Map([[text, 1]]) });
  }
  return groups
    .map((g) => {
      const sorted = [...g.wordings.entries()].sort((a, b) => b[1] - a[1]);
      return {
        example: sorted[0]?.[0] ?? '',
        count: sorted.reduce((n, [, c]) => n + c, 0),
        variants: sorted.slice(1, 6).map(([w]) => w),
      };
    })
    .sort((a, b) => b.count - a.count);
}

export function buildReport(rows: readonly ReportRow[], since?: string): Report {
  const facts = new Map<string, number>();
  for (const r of rows) if (r.answered && r.topFact) facts.set(r.topFact, (facts.get(r.topFact) ?? 0) + 1);
  return {
    since,
    total: rows.length,
    answered: rows.filter((r) => r.answered).length,
    unanswered: groupQuestions(rows.filter((r) => !r.answered).map((r) => r.question)),
    votedDown: rows
      .filter((r) => r.down > 0)
      .sort((a, b) => b.down - b.up - (a.down - a.up))
      .map((r) => ({ question: r.question, topFact: r.topFact, down: r.down, up: r.up })),
    topFacts: [...facts.entries()].map(([fact, count]) => ({ fact, count })).sort((a, b) => b.count - a.count),
  };
}

/** The report as text for a terminal. */
export function formatReport(r: Report): string {
  return terminalSafe(composeReport(r));
}

function composeReport(r: Report): string {
  const lines = [`factdesk report${r.since ? ` since ${r.since}` : ''}: ${r.total} questions, ${r.answered} answered, ${r.total - r.answered} not answered`];
  lines.push('', 'Questions the story could not answer (grouped by wording):');
  if (!r.unanswered.length) lines.push('  none');
  for (const g of r.unanswered.slice(0, 30)) {
    lines.push(`  ${String(g.count).padStart(4)}×  ${g.example}`);
    for (const v of g.variants) lines.push(`         also: ${v}`);
  }
  lines.push('', 'Answers voted down:');
  if (!r.votedDown.length) lines.push('  none');
  for (const v of r.votedDown.slice(0, 30)) lines.push(`  👎 ${v.down} 👍 ${v.up}  ${v.question}${v.topFact ? `  → ${v.topFact}` : ''}`);
  lines.push('', 'Facts answered most:');
  if (!r.topFacts.length) lines.push('  none');
  for (const f of r.topFacts.slice(0, 20)) lines.push(`  ${String(f.count).padStart(4)}×  ${f.fact}`);
  return lines.join('\n');
}
