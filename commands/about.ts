import { infoReply } from '../src/core/reply';
import type { Command } from '../src/core/types';

/** `/about`: what the bot knows, its story and source, and the commands. */
export default {
  name: 'about',
  description: 'What factdesk knows, where it comes from, and how to ask.',
  usage: '/about',
  options: [],
  run({ services }) {
    const { base } = services.engine;
    const stories = base.stories.map((s) => `“${s.meta.title}” (${s.meta.source}, ${s.paragraphs.length} paragraphs, ${s.facts.length} facts)`);
    const leaders = services.engine.leaders().map((e) => e.name);
    const commands = services.commands().map((c) => `${c.usage} — ${c.description}`);
    const text = [
      `I answer questions about ${stories.join('; ')}.`,
      `${base.stories[0]?.meta.summary ?? ''}`,
      `Every answer quotes the article word for word, with its paragraph and who said it. When the story doesn't say, I say so — I never guess.`,
      `Leaders in the story: ${leaders.join(', ')}.`,
      `Commands:\n${commands.join('\n')}`,
      'You can also mention me with a question, or send me a direct message.',
    ].join('\n\n');
    return infoReply(text, { title: 'About factdesk', suggestions: leaders.slice(0, 2).map((l) => `/whocalled ${l.split(' ').pop() ?? l}`) });
  },
} satisfies Command;
