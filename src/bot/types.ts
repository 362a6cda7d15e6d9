import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.ts';
import type { FeedbackStore } from '../feedback/feedbackStore.ts';
import type { Logger } from '../logger.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { AnswerQueue } from './answerQueue.ts';
import type { Cooldown } from './cooldown.ts';
import type { Coverage } from './coverage.ts';
import type { EngineHolder } from './engineHolder.ts';
import type { ThreadQuestions } from './threads.ts';

/** What a SlashCommandBuilder gives: a name and the JSON Discord registers. */
export interface CommandData {
  readonly name: string;
  readonly description: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** Handles a click on a button whose custom_id starts with the command's name and this action. */
export type ButtonHandler = (interaction: ButtonInteraction, args: readonly string[], ctx: BotContext) => Promise<void>;

/** Handles a submitted modal whose custom_id starts with the command's name and this action. */
export type ModalHandler = (
  interaction: ModalSubmitInteraction,
  args: readonly string[],
  ctx: BotContext,
) => Promise<void>;

/** One slash command: the default export of a file in `commands/`. */
export interface Command {
  data: CommandData;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Buttons this command puts on its messages, by action name (see customId.ts). */
  buttons?: Readonly<Record<string, ButtonHandler>>;
  /** Modals the command opens, by action name: their submissions come back here. */
  modals?: Readonly<Record<string, ModalHandler>>;
  /**
   * Only members with Manage Server may use the command and its buttons. Its data must also say
   * `.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)` (the loader checks), so Discord offers it
   * to them only; the router checks again on every interaction, because a server can open a command to
   * anyone in its Integrations settings and because buttons are not covered by Discord's check.
   */
  requiresManageGuild?: boolean;
}

/** Who said a passage, when the attribution module knows. */
export type SpeakerOf = (passageId: string) => string | null;

/** Everything a handler uses, passed in: nothing is imported as a global. */
export interface BotContext {
  engine: SearchEngine;
  config: Readonly<Config>;
  log: Logger;
  coverage: Coverage;
  commands: ReadonlyMap<string, Command>;
  cooldown: Cooldown;
  /** Engine answers, one per turn of the event loop (answerQueue.ts). */
  answers: AnswerQueue;
  threads: ThreadQuestions;
  /** Passages per answer page (an embed may show fewer: it is cut at a passage boundary to fit). */
  pageSize: number;
  /** False when the privileged Message Content intent is off: thread messages then arrive empty unless they mention the bot. */
  messageContent: boolean;
  /** Hook for the attribution module (src/attribution/); absent until it lands. */
  speakerOf?: SpeakerOf;
  /**
   * Holds the engine as articles are added and the folder re-read. The router copies its current engine and
   * coverage into `engine` and `coverage` for each interaction. Absent: the engine never changes.
   */
  engines?: EngineHolder;
  /** Votes on answers and unanswered questions (DATA_DIR). Absent: answers carry no vote buttons. */
  feedback?: FeedbackStore;
}
