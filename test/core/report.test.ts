import { buildReport, formatReport, groupQuestions } from '../../src/core/report';

describe('the editors\' report', () => {
  it('groups unanswered questions by similar wording, most asked first', () => {
    const groups = groupQuestions([
      'How old is Macron?',
      'how old is macron',
      'What is the age of Macron?',
      'Who won the football match?',
      'how old is Emmanuel Macron?',
    ]);
    expect(groups[0]?.count).toBe(3);
    expect(groups[0]?.example).toMatch(/old is macron/i);
    expect(groups.map((g) => g.example)).toContain('Who won the football match?');
  });

  it('lists answers voted down and the facts answered most', () => {
    const r = buildReport([
      { id: 1, at: '2026-01-01T00:00:00Z', question: 'Who invited Starmer?', answered: true, topFact: 'starmer-golf', up: 2, down: 0 },
      { id: 2, at: '2026-01-01T00:01:00Z', question: 'What app?', answered: true, topFact: 'starmer-whatsapp', up: 0, down: 3 },
      { id: 3, at: '2026-01-01T00:02:00Z', question: 'Golf where?', answered: true, topFact: 'starmer-golf', up: 0, down: 0 },
      { id: 4, at: '2026-01-01T00:03:00Z', question: 'How tall is Trump?', answered: false, up: 0, down: 1 },
    ]);
    expect(r.total).toBe(4);
    expect(r.answered).toBe(3);
    expect(r.votedDown[0]).toEqual({ question: 'What app?', topFact: 'starmer-whatsapp', down: 3, up: 0 });
    expect(r.topFacts[0]).toEqual({ fact: 'starmer-golf', count: 2 });
    expect(r.unanswered[0]?.example).toBe('How tall is Trump?');
    expect(formatReport(r)).toMatch(/Answers voted down:\n {2}👎 3 👍 0 {2}What app\?/);
  });
});
