import { DiscordAPIError, PermissionFlagsBits, type AnyThreadChannel, type Message, type PermissionsBitField } from 'discord.js';
import type { Logger } from '../logger.ts';
import { readAnswerEmbed } from './answers.ts';
import { DISCORD_ERRORS, LIMITS, THREAD_AUTO_ARCHIVE_MINUTES } from './limits.ts';
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

/**
 * The question each follow-up thread is about. It is read from the thread itself, so it survives a restart:
 * the answer the thread was started on, else the bot's earlier answers in it (their footer names the
 * question), else the thread's name when the bot opened it. What is read is remembered only as a cache.
 */
export interface ThreadQuestions {
  /** The thread's question, or null when the thread is not a follow-up thread of this bot. */
  questionOf(thread: AnyThreadChannel): Promise<string | null>;
  remember(threadId: string, question: string): void;
  /** True the first time it is called for a thread (for notes the bot gives once). */
  firstNotice(threadId: string): boolean;
}

export function createThreadQuestions(botUserId: () => string | undefined, log: Logger): ThreadQuestions {
  const known = new Map<string, string | null>();
  const noticed = new Set<string>();
  const store = (threadId: string, question: string | null) => {
    known.delete(threadId);
    known.set(threadId, question);
    if (known.size > REMEMBERED_THREADS) known.delete(known.keys().next().value as string);
  };

  return {
    async questionOf(thread) {
      if (known.has(thread.id)) return known.get(thread.id) ?? null;
      const botId = botUserId();
      if (!botId) return null;
      const question = await readQuestion(thread, botId, log);
      store(thread.id, question);
      return question;
    },
    remember: (threadId, question) => store(threadId, question),
    firstNotice(threadId) {
      if (noticed.has(threadId)) return false;
      if (noticed.size >= REMEMBERED_THREADS) noticed.clear();
      noticed.add(threadId);
      return true;
    },
  };
}

async function readQuestion(thread: AnyThreadChannel, botId: string, log: Logger): Promise<string | null> {
  // Discord saying no (deleted starter, no access) is an answer; a network failure is not, and must not be
  // remembered as "not a follow-up thread": it propagates, and the next message tries again.
  const starter = await thread.fetchStarterMessage().catch((error: unknown) => {
    if (error instanceof DiscordAPIError && error.status < 500) return null;
    throw error;
  });
  if (starter?.author.id === botId) {
    const read = readAnswerEmbed(starter.embeds[0]);
    if (read) return read.context ?? read.question.text;
  }
  if (starter?.author.id !== botId && thread.ownerId !== botId) return null;

  const history = await thread.messages.fetch({ limit: HISTORY_LIMIT }).catch((error: unknown) => {
    log.debug(`Could not read the history of thread ${thread.id}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  const oldestFirst = history ? [...history.values()].sort((a, b) => a.createdTimestamp - b.createdTimestamp) : [];
  for (const message of oldestFirst) {
    if (message.author.id !== botId) continue;
    const context = readAnswerEmbed(message.embeds[0])?.context;
    if (context) return context;
  }
  if (thread.ownerId === botId) {
    const name = oneLine(thread.name);
    return name.endsWith(ELLIPSIS) ? name.slice(0, -ELLIPSIS.length).trimEnd() : name;
  }
  return null;
}

export type OpenedThread = { thread: AnyThreadChannel; reason?: undefined } | { thread?: undefined; reason: string };

/**
 * Opens a follow-up thread on an answer, named after its question, and says in it how follow-ups work.
 * Missing permissions are an expected outcome (a reason to tell the user), not an error.
 */
export async function openThread(answer: Message, question: string, threads: ThreadQuestions, messageContent: boolean, log: Logger): Promise<OpenedThread> {
  let thread: AnyThreadChannel;
  try {
    thread = await answer.startThread({
      name: threadNameFor(question),
      autoArchiveDuration: THREAD_AUTO_ARCHIVE_MINUTES,
      reason: 'Follow-up questions on an answer',
    });
  } catch (error) {
    if (error instanceof DiscordAPIError && (error.code === DISCORD_ERRORS.missingPermissions || error.code === DISCORD_ERRORS.missingAccess)) {
      log.warn(`Cannot open a thread in channel ${answer.channelId}: ${error.message} (${error.code})`);
      return { reason: NO_THREAD_PERMISSION };
    }
    if (error instanceof DiscordAPIError && error.code === DISCORD_ERRORS.threadAlreadyExists) {
      const existing = answer.thread ?? (await answer.fetch(true)).thread;
      if (existing) return { thread: existing };
    }
    throw error;
  }
  threads.remember(thread.id, question);
  const how = messageContent
    ? 'Write your follow-up questions here'
    : `Mention me (<@${answer.client.user.id}>) in your follow-up questions here, or use **/ask**`;
  await sendTo(thread, { content: `${how}: each is answered in the context of “${fitEscaped(question, 300).shown}”.` })
    .catch((error: unknown) => log.warn(`Opened thread ${thread.id} but could not post in it: ${error instanceof Error ? error.message : String(error)}`));
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
