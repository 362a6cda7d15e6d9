import {
  DiscordAPIError,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  type AnyThreadChannel,
  type Message,
  type PermissionsBitField,
} from 'discord.js';
import type { Logger } from '../logger.ts';
import { readAnswerEmbed } from './answers.ts';
import { LIMITS, THREAD_AUTO_ARCHIVE_MINUTES } from './limits.ts';
import { sendTo } from './reply.ts';
import { ELLIPSIS, fitEscaped, oneLine, truncate } from './text.ts';

/** Said when the bot may not open a thread, wherever it tried. */
export const NO_THREAD_PERMISSION =
  'I could not open a follow-up thread here: I need the **Create Public Threads** and **Send Messages in Threads** permissions in this channel. ' +
  'The answer stays in the channel; ask follow-ups with **/ask** here, or ask a server admin to grant those permissions.';

const THREAD_PERMISSIONS = [PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads];
/** Threads whose question is remembered; beyond this the oldest are forgotten and read again from Discord. */
const REMEMBERED_THREADS = 500;
/** How far back the bot looks in a thread for its own earlier answers. */
const HISTORY_LIMIT = 50;

/** A thread named after its question: one line, at most 100 characters. */
export function threadNameFor(question: string): string {
  return truncate(oneLine(question), LIMITS.threadName) || 'Follow-up questions';
}

export function canOpenThreads(permissions: Readonly<PermissionsBitField> | null | undefined): boolean {
  return permissions ? permissions.has(THREAD_PERMISSIONS) : true;
}

/** Where a follow-up thread's conversation stands: the context the next question is read in, and who asked. */
export interface ThreadConversation {
  /** The conversation so far as the next question leans on it (see contextAfter in src/answer/followUp.ts). */
  context: string;
  /** The member the thread is for (who opened it, or who asked the answer it was opened on); null when unknown. */
  asker: string | null;
}

/** What a turn leaves for the next: the question and the context it was read in, to the next context. */
export type CarryContext = (question: string, context: string | null) => string;

/**
 * The conversation of each follow-up thread. It is read from the thread itself, so it survives a restart: the
 * bot's latest answer in it (its title is the question, its footer the context it was read in), else the answer
 * the thread was started on, else the thread's name when the bot opened it. What is read is a cache.
 */
export interface ThreadQuestions {
  /** The thread's conversation, or null when the thread is not a follow-up thread of this bot. */
  conversationOf(thread: AnyThreadChannel): Promise<ThreadConversation | null>;
  /** The context the next question in the thread is read in; null when it is not a follow-up thread. */
  questionOf(thread: AnyThreadChannel): Promise<string | null>;
  remember(threadId: string, question: string, asker?: string | null): void;
  /** Moves the conversation on after a question in it was answered in `context`. */
  advance(threadId: string, question: string, context: string): void;
  /** True the first time it is called for a thread (for notes the bot gives once). */
  firstNotice(threadId: string): boolean;
}

export function createThreadQuestions(
  botUserId: () => string | undefined,
  log: Logger,
  carry: CarryContext = (question) => question,
): ThreadQuestions {
  const known = new Map<string, ThreadConversation | null>();
  const noticed = new Set<string>();
  const store = (threadId: string, conversation: ThreadConversation | null) => {
    known.delete(threadId);
    known.set(threadId, conversation);
    if (known.size > REMEMBERED_THREADS) known.delete(known.keys().next().value as string);
  };
  const conversationOf = async (thread: AnyThreadChannel) => {
    if (known.has(thread.id)) return known.get(thread.id) ?? null;
    const botId = botUserId();
    if (!botId) return null;
    const conversation = await readConversation(thread, botId, carry, log);
    store(thread.id, conversation);
    return conversation;
  };

  return {
    conversationOf,
    questionOf: async (thread) => (await conversationOf(thread))?.context ?? null,
    remember: (threadId, question, asker = null) => store(threadId, { context: carry(question, null), asker }),
    advance(threadId, question, context) {
      const asker = known.get(threadId)?.asker ?? null;
      store(threadId, { context: carry(question, context), asker });
    },
    firstNotice(threadId) {
      if (noticed.has(threadId)) return false;
      if (noticed.size >= REMEMBERED_THREADS) noticed.clear();
      noticed.add(threadId);
      return true;
    },
  };
}

async function readConversation(
  thread: AnyThreadChannel,
  botId: string,
  carry: CarryContext,
  log: Logger,
): Promise<ThreadConversation | null> {
  // Discord saying no (deleted starter, no access) is an answer; a network failure is not, and must not be
  // remembered as "not a follow-up thread": it propagates, and the next message tries again.
  const starter = await thread.fetchStarterMessage().catch((error: unknown) => {
    if (error instanceof DiscordAPIError && error.status < 500) return null;
    throw error;
  });
  const startedOnAnswer = starter?.author.id === botId ? readAnswerEmbed(starter.embeds[0]) : null;
  if (!startedOnAnswer && thread.ownerId !== botId) return null;
  const asker = (starter?.author.id === botId ? starter.interactionMetadata?.user.id : null) ?? null;

  const history = await thread.messages.fetch({ limit: HISTORY_LIMIT }).catch((error: unknown) => {
    log.debug(
      `Could not read the history of thread ${thread.id}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  });
  const newestFirst = history ? [...history.values()].sort((a, b) => b.createdTimestamp - a.createdTimestamp) : [];
  for (const message of newestFirst) {
    if (message.author.id !== botId) continue;
    const read = readAnswerEmbed(message.embeds[0]);
    if (read) return { context: carry(read.question.text, read.context), asker };
  }
  if (startedOnAnswer) return { context: carry(startedOnAnswer.question.text, startedOnAnswer.context), asker };
  const name = oneLine(thread.name);
  return { context: name.endsWith(ELLIPSIS) ? name.slice(0, -ELLIPSIS.length).trimEnd() : name, asker };
}

export type OpenedThread = { thread: AnyThreadChannel; reason?: undefined } | { thread?: undefined; reason: string };

/**
 * Opens a follow-up thread on an answer, named after its question, adds the member it is for (so it is in
 * their sidebar and answers notify them), and says in it how follow-ups work. Missing permissions are an
 * expected outcome (a reason to tell the user), not an error.
 */
export async function openThread(
  answer: Message,
  question: string,
  threads: ThreadQuestions,
  messageContent: boolean,
  log: Logger,
  asker: string | null = null,
): Promise<OpenedThread> {
  // Two clicks at once on one answer: the second waits for the thread the first is opening, which Discord would
  // refuse to open twice (160004).
  const inFlight = opening.get(answer.id);
  if (inFlight) {
    const first = await inFlight;
    return first.thread ? { thread: first.thread } : first;
  }
  const opened = startThreadOn(answer, question, threads, messageContent, log, asker);
  opening.set(answer.id, opened);
  try {
    return await opened;
  } finally {
    opening.delete(answer.id);
  }
}

/** The threads being opened, by the id of the answer they open on. */
const opening = new Map<string, Promise<OpenedThread>>();

async function startThreadOn(
  answer: Message,
  question: string,
  threads: ThreadQuestions,
  messageContent: boolean,
  log: Logger,
  asker: string | null,
): Promise<OpenedThread> {
  let thread: AnyThreadChannel;
  try {
    thread = await answer.startThread({
      name: threadNameFor(question),
      autoArchiveDuration: THREAD_AUTO_ARCHIVE_MINUTES,
      reason: 'Follow-up questions on an answer',
    });
  } catch (error) {
    if (
      error instanceof DiscordAPIError &&
      (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess)
    ) {
      log.warn(`Cannot open a thread in channel ${answer.channelId}: ${error.message} (${error.code})`);
      return { reason: NO_THREAD_PERMISSION };
    }
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) {
      const existing = answer.thread ?? (await answer.fetch(true)).thread;
      if (existing) return { thread: existing };
    }
    throw error;
  }
  threads.remember(thread.id, question, asker);
  if (asker) {
    await thread.members
      .add(asker)
      .catch((error: unknown) =>
        log.warn(
          `Opened thread ${thread.id} but could not add its asker: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }
  const how = messageContent
    ? 'Write your follow-up questions here'
    : `Mention me (<@${answer.client.user.id}>) in your follow-up questions here, or use **/ask**`;
  await sendTo(thread, {
    content: `${how}: each is answered in the context of “${fitEscaped(question, 300).shown}”.`,
  }).catch((error: unknown) =>
    log.warn(
      `Opened thread ${thread.id} but could not post in it: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  return { thread };
}

/** Said once per thread when messages arrive empty because the Message Content intent is off. */
export function messageContentNotice(botUserId: string): string {
  return (
    `I can only read messages here that mention me: the bot's **Message Content** intent is off. ` +
    `Mention me (<@${botUserId}>) in your follow-up, or use **/ask** in this thread.\n` +
    '-# For the bot owner: Developer Portal → your application → Bot → Privileged Gateway Intents → enable **Message Content Intent**, then restart the bot.'
  );
}
