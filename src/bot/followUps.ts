import { MessageType, type Message } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { dependsOnEarlier, readsAsQuestion, speaksToSomeone } from '../answer/followUp.ts';
import { answerPage, prepareQuestion } from './answers.ts';
import { withVotes } from './votes.ts';
import { replyToMessage } from './reply.ts';
import { escapeMarkdown, withoutMentionOf } from './text.ts';
import { messageContentNotice } from './threads.ts';
import type { BotContext } from './types.ts';

/** Why the bot answers a message in a follow-up thread, or stays quiet. */
export type ThreadAddress = 'bot' | 'asker' | 'member' | 'quiet';

/**
 * Whom a message in a follow-up thread is for. The bot answers what addresses it (a mention, a reply to one of
 * its messages), the questions of the member the thread is for, and other members' messages that read as
 * questions for the coverage; it stays out of talk between members (a mention of or reply to someone else, a
 * question to "you", chatter such as "thanks!").
 */
export function threadAddress(message: {
  text: string;
  toBot: boolean;
  toOthers: boolean;
  fromAsker: boolean;
}): ThreadAddress {
  if (message.toBot) return 'bot';
  if (message.toOthers) return 'quiet';
  if (message.fromAsker) return readsAsQuestion(message.text) || dependsOnEarlier(message.text) ? 'asker' : 'quiet';
  return readsAsQuestion(message.text) && !speaksToSomeone(message.text) ? 'member' : 'quiet';
}

/**
 * A message in a follow-up thread is a turn of its conversation: answered in the context of the turns before
 * it ("when did she say that?" after "and what did China say?"), which it then moves on. A question inside the
 * asker's cooldown waits its turn (typing meanwhile). When nothing answers, the bot says so in one line to
 * whoever addressed it, and says nothing about another member's message. Messages anywhere else, from bots, or
 * in threads the bot did not open on one of its answers are ignored.
 */
export async function handleThreadMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system || !message.inGuild()) return;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return;
  const thread = message.channel;
  if (!thread.isThread()) return;
  const conversation = await ctx.threads.conversationOf(thread);
  if (conversation === null) return;

  const botId = message.client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const repliedTo = message.type === MessageType.Reply ? (message.mentions.repliedUser?.id ?? null) : null;
  const text = withoutMentionOf(botId, message.content);
  if (!text) {
    if (mentioned) {
      await replyToMessage(message, {
        content: 'Ask me a question after the mention, for example “what did China say?”.',
      });
    } else if (!ctx.messageContent && message.content === '' && ctx.threads.firstNotice(thread.id)) {
      // Without the Message Content intent, Discord sends messages that do not mention the bot with no text.
      await replyToMessage(message, { content: messageContentNotice(botId) });
    }
    return;
  }

  const toOthers =
    message.mentions.everyone ||
    message.mentions.roles.size > 0 ||
    message.mentions.users.some((user) => user.id !== botId) ||
    (repliedTo !== null && repliedTo !== botId);
  const address = threadAddress({
    text,
    toBot: mentioned || repliedTo === botId,
    toOthers,
    fromAsker: conversation.asker === message.author.id,
  });
  if (address === 'quiet') return;

  const turn = ctx.cooldown.book(message.author.id);
  if (turn.full) {
    ctx.log.debug(
      `Thread ${thread.id}: a question from ${message.author.id} was not taken, ${turn.wait} s before one of theirs frees`,
    );
    return;
  }
  if (turn.delayMs > 0) {
    await thread.sendTyping().catch(() => undefined);
    await sleep(turn.delayMs);
  }
  // Read again after the wait: another turn may have moved the conversation on meanwhile.
  const context = (await ctx.threads.conversationOf(thread))?.context ?? conversation.context;
  const page = await ctx.answers.run(() =>
    answerPage(ctx, {
      question: prepareQuestion(text),
      offset: 0,
      outlet: null,
      context,
      threadButton: false,
    }),
  );
  const { answer } = page;
  const body = withVotes(ctx, page, { refusalShown: address !== 'member' });
  if (!answer.answered) {
    if (address !== 'member')
      await replyToMessage(message, {
        content: escapeMarkdown(answer.reason ?? 'Nothing in the coverage answers that question.'),
      });
    return;
  }
  // Moved on before the reply goes out: the next question may arrive as soon as the answer is seen.
  ctx.threads.advance(thread.id, text, context);
  await replyToMessage(message, body);
  ctx.log.debug(`Answered a follow-up in thread ${thread.id}`);
}
