import { answerReply } from '../src/core/reply';
import type { Command } from '../src/core/types';

/** `/whocalled [leader]`: a leader's contacts with Trump in the story, or the leaders it names. */
export default {
  name: 'whocalled',
  description: "A leader's calls and messages with Trump, as the story reports them.",
  usage: '/whocalled [leader]',
  options: [{ name: 'leader', description: 'A leader the story names (Macron, Starmer, Rutte...)', type: 'string', rest: true, autocomplete: 'leader', maxLength: 100 }],
  run({ invocation, services }) {
    return answerReply(services.engine.whocalled(invocation.args.leader ?? ''));
  },
} satisfies Command;
