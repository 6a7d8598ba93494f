/**
 * The command registry and the neutral dispatcher. Commands are validated when loaded (a malformed or
 * duplicate command stops startup naming its file); text commands are parsed from their declarations.
 */
import { z } from 'zod';
import about from '../../commands/about';
import ask from '../../commands/ask';
import digest from '../../commands/digest';
import help from '../../commands/help';
import listen from '../../commands/listen';
import whocalled from '../../commands/whocalled';
import { privateReply } from './reply';
import type { Command, CommandOption, Invocation, Reply, Services } from './types';

const name = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be 1-32 lowercase letters, digits or dashes');
const OptionSchema = z.object({
  name,
  description: z.string().min(1).max(100),
  type: z.literal('string'),
  required: z.boolean().optional(),
  rest: z.boolean().optional(),
  autocomplete: z.enum(['leader', 'timezone']).optional(),
  choices: z.array(z.string()).max(25).optional(),
  maxLength: z.number().int().min(1).max(6000).optional(),
});
const CommandSchema = z.object({
  name,
  description: z.string().min(1).max(100),
  usage: z.string().min(1),
  options: z.array(OptionSchema).max(25),
  subcommands: z.array(z.object({ name, description: z.string().min(1).max(100), options: z.array(OptionSchema).max(25) })).max(25).optional(),
  run: z.custom<(...a: unknown[]) => unknown>((v) => typeof v === 'function', 'must be a function'),
});

/** The built-in commands, by file. */
export const BUILTIN: readonly { file: string; command: Command }[] = [
  { file: 'commands/whocalled.ts', command: whocalled },
  { file: 'commands/ask.ts', command: ask },
  { file: 'commands/digest.ts', command: digest },
  { file: 'commands/listen.ts', command: listen },
  { file: 'commands/about.ts', command: about },
  { file: 'commands/help.ts', command: help },
];

export interface Registry {
  readonly commands: readonly Command[];
  get(name: string): Command | undefined;
}

/** Validates commands; throws one message naming every bad file (startup must stop). */
export function createRegistry(entries: readonly { file: string; command: unknown }[] = BUILTIN): Registry {
  const errors: string[] = [];
  const byName = new Map<string, Command>();
  for (const { file, command } of entries) {
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${file}: ${issue?.path.join('.') || 'command'}: ${issue?.message ?? 'invalid'}`);
      continue;
    }
    const cmd = command as Command;
    if (byName.has(cmd.name)) {
      errors.push(`${file}: duplicate command name "${cmd.name}"`);
      continue;
    }
    // Discord can't express a command with both subcommands and options.
    if (cmd.subcommands?.length && cmd.options.length) errors.push(`${file}: a command with subcommands can't also declare options`);
    const restIndex = cmd.options.findIndex((o) => o.rest);
    if (restIndex >= 0 && restIndex !== cmd.options.length - 1) errors.push(`${file}: only the last option may take the rest of the line`);
    byName.set(cmd.name, cmd);
  }
  if (errors.length) throw new Error(`Invalid commands:\n${errors.join('\n')}`);
  const commands = [...byName.values()];
  return { commands, get: (n) => byName.get(n.toLowerCase()) };
}

/** Parses option values from the text after a command name, as its declaration says. */
export function parseArgs(cmd: Command, text: string): Record<string, string> {
  const args: Record<string, string> = {};
  let rest = text.trim();
  let options: readonly CommandOption[] = cmd.options;
  if (cmd.subcommands?.length) {
    const [first = '', ...more] = rest.split(/\s+/);
    const sub = cmd.subcommands.find((s) => s.name === first.toLowerCase());
    if (sub) {
      args.subcommand = sub.name;
      options = sub.options;
      rest = more.join(' ');
    } else if (first) {
      args.subcommand = first;
      rest = more.join(' ');
    }
  }
  for (const opt of options) {
    if (!rest) break;
    if (opt.rest) {
      args[opt.name] = rest;
      rest = '';
      break;
    }
    const [first = '', ...more] = rest.split(/\s+/);
    args[opt.name] = first;
    rest = more.join(' ');
  }
  return args;
}

/** Splits "/name rest" (or "name rest"); undefined when the text isn't a command. */
export function splitCommand(text: string): { name: string; rest: string } | undefined {
  const m = /^\/([A-Za-z][\w-]*)(?:\s+([\s\S]*))?$/.exec(text.trim());
  return m ? { name: (m[1] ?? '').toLowerCase(), rest: m[2] ?? '' } : undefined;
}

/**
 * What a typed line asks for: "/name args" runs that command with its options parsed from the declaration
 * (an unknown name is passed on, so dispatch answers with the list of commands); anything else is an /ask.
 */
export function invocationFromText(registry: Registry, text: string, base: Omit<Invocation, 'command' | 'args'>): Invocation {
  const split = splitCommand(text);
  if (!split) return { ...base, command: 'ask', args: { question: text } };
  const cmd = registry.get(split.name);
  return { ...base, command: cmd?.name ?? split.name, args: cmd ? parseArgs(cmd, split.rest) : {} };
}

/**
 * Runs a command for an invocation. An unknown command gets help; a command that throws gets a private
 * error reply (and the error goes to `onError`) — a bug in one command never takes the bot down.
 */
export async function dispatch(
  registry: Registry,
  invocation: Invocation,
  services: Services,
  now: Date,
  onError: (err: unknown) => void = () => undefined,
): Promise<Reply> {
  const cmd = registry.get(invocation.command);
  if (!cmd) {
    const names = registry.commands.map((c) => `/${c.name}`).join(', ');
    return privateReply(`I don't know the command "/${invocation.command.slice(0, 32)}". Try ${names}.`, 'error', ['/help']);
  }
  try {
    return await cmd.run({ invocation, services, now });
  } catch (err) {
    onError(err);
    return privateReply('Something went wrong answering that. It has been logged; please try again.', 'error');
  }
}
