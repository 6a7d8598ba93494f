import { privateReply } from '../src/core/reply';
import type { Command } from '../src/core/types';

/** `/help`: the commands and how to use them. */
export default {
  name: 'help',
  description: 'List the commands.',
  usage: '/help',
  options: [],
  run({ services }) {
    const lines = services.commands().map((c) => `${c.usage} — ${c.description}`);
    return privateReply(`Commands:\n${lines.join('\n')}\n\nOr just ask a question in your own words.`, 'info', ['/whocalled Macron', '/about']);
  },
} satisfies Command;
