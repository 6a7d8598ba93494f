import { answerReply, privateReply } from '../src/core/reply';
import type { Command } from '../src/core/types';

/** `/ask <question>`: answers a free question about the story, with its sources. */
export default {
  name: 'ask',
  description: 'Ask a question about the story; every answer quotes its source.',
  usage: '/ask <question>',
  options: [{ name: 'question', description: 'Your question about the story', type: 'string', required: true, rest: true, maxLength: 2000 }],
  run({ invocation, services }) {
    const question = invocation.args.question ?? '';
    if (!question.trim()) {
      return privateReply('Ask me a question about the story, like: /ask Which app did Starmer use to message Trump?', 'error', ['/whocalled', '/about']);
    }
    return answerReply(services.engine.ask(question));
  },
} satisfies Command;
