/**
 * The terminal adapter: the chat a newcomer gets from `npm start` without credentials, and the renderer
 * the CLI prints with. Reads lines, answers each, exits at the end of input (so it works piped).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { dispatch, invocationFromText, type Registry } from '../core/registry';
import { cleanInput, terminalSafe } from '../core/text';
import type { Invocation, Reply, Services } from '../core/types';

/** Terminal text for a reply, with every control character but the newline removed. */
export function render(reply: Reply): string {
  return terminalSafe(compose(reply));
}

function compose(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`== ${reply.title} ==`);
  out.push(reply.text);
  for (const s of reply.sources) out.push(`  ¶${s.paragraph} “${s.quote}” — ${s.attribution}`);
  for (const section of reply.sections ?? []) {
    out.push('', `-- ${section.heading} --`);
    for (const item of section.items) {
      out.push(`• ${item.text}`);
      if (item.source) out.push(`  ¶${item.source.paragraph} “${item.source.quote}” — ${item.source.attribution}`);
    }
  }
  for (const n of reply.notes ?? []) out.push(`(${n})`);
  if (reply.suggestions.length) out.push(`Try: ${reply.suggestions.join('  ·  ')}`);
  return out.join('\n');
}

/** Turns a typed line into an invocation: "/cmd args" or a plain question (an /ask). */
export function toInvocation(registry: Registry, line: string, user: string, channel = 'terminal'): Invocation {
  return invocationFromText(registry, cleanInput(line), { platform: 'terminal', user, channel, direct: true });
}

export interface TerminalChatOptions {
  input: Readable;
  output: Writable;
  registry: Registry;
  services: Services;
  now?: () => Date;
  /** Show a greeting and prompt (when a person is typing). */
  interactive: boolean;
  onError?: (err: unknown) => void;
}

/** Runs the chat until input ends. Resolves with the number of lines answered. */
export async function runTerminalChat(opts: TerminalChatOptions): Promise<number> {
  const { input, output, registry, services } = opts;
  const now = opts.now ?? (() => new Date());
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const write = (s: string): void => void output.write(`${s}\n`);
  if (opts.interactive) {
    write('factdesk — ask about the story. Try /whocalled Macron, /ask <question>, /help, or just type a question. Ctrl-D to quit.');
    output.write('> ');
  }
  let count = 0;
  for await (const line of rl) {
    if (line.trim() === '') {
      if (opts.interactive) output.write('> ');
      continue;
    }
    const invocation = toInvocation(registry, line, 'terminal-user');
    const reply = await dispatch(registry, invocation, services, now(), opts.onError);
    write(render(reply));
    write('');
    count++;
    if (opts.interactive) output.write('> ');
  }
  return count;
}
