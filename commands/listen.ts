import { infoReply, privateReply } from '../src/core/reply';
import type { Command } from '../src/core/types';

const USAGE = '/listen on | off | status';

/** `/listen on|off|status`: whether the bot answers every question in this channel without a mention. */
export default {
  name: 'listen',
  description: 'Answer questions in this channel without being mentioned (on/off/status).',
  usage: USAGE,
  options: [],
  subcommands: [
    { name: 'on', description: 'Answer every question asked in this channel that the story can answer', options: [] },
    { name: 'off', description: 'Only answer when mentioned', options: [] },
    { name: 'status', description: 'Whether I am listening in this channel', options: [] },
  ],
  async run({ invocation, services }) {
    const store = services.store;
    if (!store) return privateReply('Listening mode needs the database; it is not available here.', 'error');
    const ref = { platform: invocation.platform, channel: invocation.channel };
    const mode = (invocation.args.subcommand ?? 'status').toLowerCase();
    if (mode === 'on' || mode === 'off') {
      await store.setListening(ref, mode === 'on');
      return infoReply(
        mode === 'on'
          ? "Listening: I'll answer questions asked in this channel when the story has the answer, and stay quiet otherwise."
          : "Stopped listening: I'll only answer here when mentioned or asked with /ask.",
      );
    }
    if (mode === 'status') {
      const on = await store.listening(ref);
      return privateReply(on ? 'I am listening in this channel.' : 'I am not listening in this channel (mention me or use /ask).');
    }
    return privateReply(`Usage: ${USAGE}`, 'error');
  },
} satisfies Command;
