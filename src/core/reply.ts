/** Building neutral Replies. */
import type { Answer, Reply } from './types';

/** The Reply for an engine answer: public when answered, and the refusal too (it was asked in public). */
export function answerReply(answer: Answer & { factIds?: string[] }): Reply {
  const { question, answered, answer: text, confidence, sources, suggestions } = answer;
  return {
    factIds: answer.factIds,
    status: answer.answered ? 'answered' : 'unanswered',
    text: answer.answer,
    sources: answer.sources,
    suggestions: answer.suggestions,
    visibility: 'public',
    answer: { question, answered, answer: text, confidence, sources, suggestions },
  };
}

/** A private message: usage help, errors, confirmations only the asker needs. */
export function privateReply(text: string, status: Reply['status'] = 'info', suggestions: string[] = []): Reply {
  return { status, text, sources: [], suggestions, visibility: 'private' };
}

/** A public informational message (about, listen status changes). */
export function infoReply(text: string, extra: Partial<Reply> = {}): Reply {
  return { status: 'info', text, sources: [], suggestions: [], visibility: 'public', ...extra };
}
