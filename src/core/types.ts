/**
 * The platform-neutral shapes every part of factdesk speaks: facts, answers, commands and replies.
 * Nothing here knows about Discord, Slack or the terminal.
 */

/** Where an answer comes from: a verbatim quote of one paragraph, and who says so. */
export interface Source {
  story: string;
  /** 1-based: the Nth non-empty line of the story's article. */
  paragraph: number;
  /** A verbatim substring of that paragraph. */
  quote: string;
  /** Who says so in the story ("a European official", "Politico reported"). */
  attribution: string;
}

/** The Answer object of the contract (`--json`). */
export interface Answer {
  question: string;
  answered: boolean;
  answer: string;
  confidence: number;
  sources: Source[];
  suggestions: string[];
}

/** A chat platform, or the terminal. */
export type Platform = 'slack' | 'discord' | 'terminal' | 'cli';

/** Who asked, where: what every adapter normalises its events into. */
export interface Invocation {
  command: string;
  /** Option values by name, as typed (strings), already trimmed. */
  args: Readonly<Record<string, string>>;
  platform: Platform;
  user: string;
  channel: string;
  /** Whether the channel is a direct message with the bot. */
  direct?: boolean;
}

/** A section of a longer reply (the digest): a heading and sourced items. */
export interface ReplySection {
  heading: string;
  items: { text: string; source?: Source }[];
}

/**
 * What a command returns. Adapters render it natively; it carries structure, never markup.
 * `text` is plain text written by the bot (facts, help); `echo` is user-typed text the reply quotes back,
 * which every renderer must escape.
 */
export interface Reply {
  status: 'answered' | 'unanswered' | 'info' | 'error';
  title?: string;
  text: string;
  sources: Source[];
  suggestions: string[];
  sections?: ReplySection[];
  visibility: 'public' | 'private';
  /** Set when the reply is the engine's answer to a question. */
  answer?: Answer;
  /** The facts the answer came from (for the question log and votes). */
  factIds?: string[];
  /**
   * Set when the question was logged: renderers add 👍 / 👎 buttons that vote on this id
   * (see Bot.vote). Absent for refusals to bad input, help, and when there is no database.
   */
  feedbackId?: number;
  /** Notes for the user about their input ("your question was cut to 500 characters"). */
  notes?: string[];
}

/** A declared option of a command: the one source for slash-command JSON, parsing and help. */
export interface CommandOption {
  name: string;
  description: string;
  type: 'string';
  required?: boolean;
  /** Takes the rest of the line when parsed from text (`/ask who called?`). */
  rest?: boolean;
  /** Where autocomplete suggestions come from. */
  autocomplete?: 'leader' | 'timezone';
  choices?: readonly string[];
  maxLength?: number;
}

/** A subcommand of a command (`/digest subscribe time timezone`). */
export interface Subcommand {
  name: string;
  description: string;
  options: readonly CommandOption[];
}

/** A chat command: declared as data, run as one function of a context. */
export interface Command {
  name: string;
  description: string;
  /** One line of usage shown in help and in errors. */
  usage: string;
  options: readonly CommandOption[];
  subcommands?: readonly Subcommand[];
  run(ctx: CommandContext): Reply | Promise<Reply>;
}

/** What a command may use. Pure core services plus the channel's state. */
export interface CommandContext {
  invocation: Invocation;
  services: Services;
  now: Date;
}

/** Services handed to commands: the answer engine, and optional state. */
export interface Services {
  engine: import('./engine').Engine;
  /** Present when the bot has a database (serve, terminal chat). */
  store?: import('./store').Store;
  /** The registry's commands, for help. */
  commands: () => readonly Command[];
  defaults: { digestTime: string; digestTz: string };
}
